package id.sigap.prevention.web;

import id.sigap.prevention.internal.PreventionAccess;
import id.sigap.prevention.internal.WatchGroups;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import id.sigap.shared.web.FieldMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry of village agents of change and community watch groups (/pencegahan/kelompok). */
@Controller
class WatchGroupPages {

    private final WatchGroups groups;
    private final PreventionAccess access;
    private final FieldMessages formErrors;

    WatchGroupPages(WatchGroups groups, PreventionAccess access, FieldMessages formErrors) {
        this.groups = groups;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping("/pencegahan/kelompok")
    String list(
            @RequestParam(required = false) String wilayah, @RequestParam(required = false) Integer hal, Model model) {
        return render(Params.region(wilayah), hal, Map.of(), model);
    }

    @PostMapping("/pencegahan/kelompok")
    String create(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        try {
            var problems = new ArrayList<FieldProblem>();
            var since = Params.date(form.get("activeSince"), "activeSince", problems);
            Integer members = Params.number(form.get("members"), "members", problems);
            Params.throwIfAny(problems);
            groups.create(
                    access.user(),
                    new WatchGroups.GroupInput(
                            Params.blank(form.get("villageCode")),
                            Params.blank(form.get("name")),
                            Params.blank(form.get("kind")),
                            members,
                            Params.blank(form.get("contact")),
                            since));
            return "redirect:/pencegahan/kelompok";
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            model.addAttribute("form", form);
            return render(null, null, formErrors.of(e), model);
        }
    }

    @PostMapping("/pencegahan/kelompok/{id}")
    String updateMembers(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String members) {
        var problems = new ArrayList<FieldProblem>();
        Integer n = Params.number(members, "members", problems);
        Params.throwIfAny(problems);
        groups.updateMembers(access.user(), id, version, n);
        return "redirect:/pencegahan/kelompok";
    }

    @PostMapping("/pencegahan/kelompok/{id}/hapus")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        groups.delete(access.user(), id, version);
        return "redirect:/pencegahan/kelompok";
    }

    private String render(String within, Integer hal, Map<String, String> errors, Model model) {
        SigapUser user = access.user();
        model.addAttribute("page", groups.list(user, within, PageRequest.of(hal, 25)));
        model.addAttribute("wilayah", within);
        model.addAttribute("errors", errors);
        model.addAttribute("mayWrite", access.maySomewhereWriteActivities(user));
        model.addAttribute("kinds", WatchGroups.KINDS.stream().sorted().toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "prevention/groups";
    }
}
