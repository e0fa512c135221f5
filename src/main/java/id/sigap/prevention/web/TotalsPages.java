package id.sigap.prevention.web;

import id.sigap.prevention.InterceptionCounts;
import id.sigap.prevention.internal.PreventionAccess;
import id.sigap.prevention.internal.YearlyAggregates;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
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

/**
 * Yearly totals (/pencegahan/rekap): the total of a region and year without double counting, and the yearly figures
 * kept by the task-force secretariat (add, change with optimistic locking, delete after confirmation).
 */
@Controller
class TotalsPages {

    private final YearlyAggregates aggregates;
    private final InterceptionCounts counts;
    private final PreventionAccess access;
    private final FieldMessages formErrors;

    TotalsPages(
            YearlyAggregates aggregates, InterceptionCounts counts, PreventionAccess access, FieldMessages formErrors) {
        this.aggregates = aggregates;
        this.counts = counts;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping("/pencegahan/rekap")
    String show(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) String tahun,
            @RequestParam(required = false) Integer hal,
            Model model) {
        return render(Params.region(wilayah), Params.year(tahun), hal, Map.of(), model);
    }

    @PostMapping("/pencegahan/rekap")
    String create(
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String persons,
            @RequestParam(required = false) String source,
            Model model,
            HttpServletResponse response) {
        try {
            var problems = new ArrayList<SigapException.FieldProblem>();
            Integer y = Params.number(year, "year", problems);
            Integer n = Params.number(persons, "persons", problems);
            Params.throwIfAny(problems);
            aggregates.create(access.user(), Params.blank(regionCode), y, n, source);
            return "redirect:/pencegahan/rekap";
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return render(null, null, null, formErrors.of(e), model);
        }
    }

    @PostMapping("/pencegahan/rekap/{id}")
    String update(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String persons,
            @RequestParam(required = false) String source,
            Model model,
            HttpServletResponse response) {
        try {
            var problems = new ArrayList<SigapException.FieldProblem>();
            Integer n = Params.number(persons, "persons", problems);
            Params.throwIfAny(problems);
            aggregates.update(access.user(), id, version, n, source);
            return "redirect:/pencegahan/rekap";
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return render(null, null, null, formErrors.of(e), model);
        }
    }

    @PostMapping("/pencegahan/rekap/{id}/hapus")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        aggregates.delete(access.user(), id, version);
        return "redirect:/pencegahan/rekap";
    }

    private String render(String region, Integer year, Integer hal, Map<String, String> errors, Model model) {
        SigapUser user = access.user();
        if (region != null && year != null) {
            access.requireCounts(user, region);
            model.addAttribute("counts", counts.of(region, year));
        }
        model.addAttribute("wilayah", region);
        model.addAttribute("tahun", year);
        model.addAttribute("page", aggregates.list(user, PageRequest.of(hal, 25)));
        model.addAttribute("errors", errors);
        model.addAttribute("mayKeep", access.maySomewhereKeepAggregates(user));
        model.addAttribute("access", new Keeper(user, access));
        return "prevention/totals";
    }

    /** Whether the user keeps the figure of a region (shown as edit and delete forms). */
    record Keeper(SigapUser user, PreventionAccess access) {
        public boolean keeps(String regionCode) {
            return access.mayKeepAggregates(user, regionCode);
        }
    }
}
