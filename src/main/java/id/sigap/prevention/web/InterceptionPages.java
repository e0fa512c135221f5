package id.sigap.prevention.web;

import id.sigap.prevention.IntendedJob;
import id.sigap.prevention.internal.CrossingPoints;
import id.sigap.prevention.internal.InterceptionViews;
import id.sigap.prevention.internal.Interceptions;
import id.sigap.prevention.internal.PreventionAccess;
import id.sigap.region.Regions;
import id.sigap.security.SigapUser;
import id.sigap.shared.Jakarta;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.FieldMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Interception pages: the list (/pencegahan/intersepsi), a new interception, one interception and its header. */
@Controller
class InterceptionPages {

    private final Interceptions interceptions;
    private final InterceptionViews views;
    private final CrossingPoints points;
    private final Regions regions;
    private final PreventionAccess access;
    private final FieldMessages formErrors;
    private final InterceptionDetail detail;
    private final Clock clock;

    InterceptionPages(
            Interceptions interceptions,
            InterceptionViews views,
            CrossingPoints points,
            Regions regions,
            PreventionAccess access,
            FieldMessages formErrors,
            InterceptionDetail detail,
            Clock clock) {
        this.interceptions = interceptions;
        this.views = views;
        this.points = points;
        this.regions = regions;
        this.access = access;
        this.formErrors = formErrors;
        this.detail = detail;
        this.clock = clock;
    }

    /** The prevention section starts at the interceptions. */
    @GetMapping("/pencegahan")
    String section() {
        return "redirect:/pencegahan/intersepsi";
    }

    @GetMapping("/pencegahan/intersepsi")
    String list(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) String tahun,
            @RequestParam(required = false) String urut,
            @RequestParam(required = false) Integer hal,
            Model model) {
        SigapUser user = access.user();
        String region = Params.region(wilayah);
        Integer year = Params.year(tahun);
        InterceptionViews.Sort sort = sort(urut);
        model.addAttribute("page", views.list(user, region, year, sort, PageRequest.of(hal, 25)));
        model.addAttribute("wilayah", region);
        model.addAttribute("tahun", year);
        model.addAttribute("urut", sort.name());
        model.addAttribute("sorts", InterceptionViews.Sort.values());
        model.addAttribute("mayRecord", access.maySomewhereRecord(user));
        return "prevention/interceptions";
    }

    @GetMapping("/pencegahan/intersepsi/baru")
    String form(Model model) {
        SigapUser user = access.user();
        if (!access.maySomewhereRecord(user)) {
            access.requireRecord(user, null, null);
        }
        return renderNew(InterceptionForm.empty(Jakarta.today(clock).toString()), Map.of(), model);
    }

    @PostMapping("/pencegahan/intersepsi")
    String create(@ModelAttribute InterceptionForm form, Model model, HttpServletResponse response) {
        try {
            long id = interceptions.create(access.user(), form.input(), form.recruiter());
            return "redirect:/pencegahan/intersepsi/" + id;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return renderNew(form, formErrors.of(e), model);
        }
    }

    @GetMapping("/pencegahan/intersepsi/{id}")
    String show(@PathVariable long id, Model model) {
        return detail.render(id, null, null, Map.of(), model);
    }

    @PostMapping("/pencegahan/intersepsi/{id}")
    String update(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @ModelAttribute InterceptionForm form,
            Model model,
            HttpServletResponse response) {
        try {
            interceptions.update(access.user(), id, version, form.input());
            return "redirect:/pencegahan/intersepsi/" + id;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return detail.render(id, form, null, formErrors.of(e), model);
        }
    }

    @PostMapping("/pencegahan/intersepsi/{id}/hapus")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        interceptions.delete(access.user(), id, version);
        return "redirect:/pencegahan/intersepsi";
    }

    private String renderNew(InterceptionForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("points", points.all());
        model.addAttribute("countries", regions.countries());
        model.addAttribute("jobs", IntendedJob.values());
        return "prevention/interception-new";
    }

    private static InterceptionViews.Sort sort(String s) {
        if (s == null || s.isBlank()) {
            return InterceptionViews.Sort.DATE;
        }
        try {
            return InterceptionViews.Sort.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            throw new SigapException.Invalid("urut", "prevention.sort-unknown");
        }
    }
}
