package id.sigap.prevention.web;

import id.sigap.prevention.Headcount;
import id.sigap.prevention.OutreachLevel;
import id.sigap.prevention.OutreachTopic;
import id.sigap.prevention.internal.OutreachActivities;
import id.sigap.prevention.internal.OutreachCoverage;
import id.sigap.prevention.internal.PreventionAccess;
import id.sigap.security.SigapUser;
import id.sigap.shared.Jakarta;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import id.sigap.shared.web.FieldMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Outreach activities (/pencegahan/sosialisasi) and their coverage in a regency (/pencegahan/cakupan). */
@Controller
class OutreachPages {

    private final OutreachActivities activities;
    private final OutreachCoverage coverage;
    private final PreventionAccess access;
    private final FieldMessages formErrors;
    private final Clock clock;

    OutreachPages(
            OutreachActivities activities,
            OutreachCoverage coverage,
            PreventionAccess access,
            FieldMessages formErrors,
            Clock clock) {
        this.activities = activities;
        this.coverage = coverage;
        this.access = access;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/pencegahan/sosialisasi")
    String list(@RequestParam(required = false) Integer hal, Model model) {
        return render(hal, Map.of(), model);
    }

    @PostMapping("/pencegahan/sosialisasi")
    String create(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        try {
            var problems = new ArrayList<FieldProblem>();
            LocalDate heldOn = Params.date(form.get("heldOn"), "heldOn", problems);
            Headcount audience = new Headcount(
                    Params.count(form.get("women"), "women", problems),
                    Params.count(form.get("girls"), "girls", problems),
                    Params.count(form.get("men"), "men", problems),
                    Params.count(form.get("boys"), "boys", problems));
            Integer cost = Params.number(form.get("costRupiah"), "costRupiah", problems);
            Params.throwIfAny(problems);
            activities.create(
                    access.user(),
                    new OutreachActivities.ActivityInput(
                            heldOn,
                            Params.blank(form.get("level")),
                            Params.blank(form.get("regionCode")),
                            Params.blank(form.get("title")),
                            Params.blank(form.get("topic")),
                            audience,
                            Params.blank(form.get("partners")),
                            cost == null ? null : cost.longValue()));
            return "redirect:/pencegahan/sosialisasi";
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            model.addAttribute("form", form);
            return render(null, formErrors.of(e), model);
        }
    }

    @PostMapping("/pencegahan/sosialisasi/{id}/hapus")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        activities.delete(access.user(), id, version);
        return "redirect:/pencegahan/sosialisasi";
    }

    @GetMapping("/pencegahan/cakupan")
    String coverage(@RequestParam(required = false) String wilayah, Model model) {
        String regency = Params.region(wilayah);
        model.addAttribute("wilayah", regency);
        model.addAttribute("coverage", regency == null ? null : coverage.of(access.user(), regency));
        return "prevention/coverage";
    }

    private String render(Integer hal, Map<String, String> errors, Model model) {
        SigapUser user = access.user();
        model.addAttribute("page", activities.list(user, PageRequest.of(hal, 25)));
        model.addAttribute("errors", errors);
        model.addAttribute("mayWrite", access.maySomewhereWriteActivities(user));
        model.addAttribute("levels", OutreachLevel.values());
        model.addAttribute("topics", OutreachTopic.values());
        model.addAttribute("today", Jakarta.today(clock).toString());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "prevention/outreach";
    }
}
