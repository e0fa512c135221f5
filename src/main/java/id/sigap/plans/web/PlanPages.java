package id.sigap.plans.web;

import id.sigap.organization.Agencies;
import id.sigap.plans.Accumulation;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.BudgetSource;
import id.sigap.plans.PlanTree;
import id.sigap.plans.internal.Achievements;
import id.sigap.plans.internal.IndicatorSources;
import id.sigap.plans.internal.PlanAccess;
import id.sigap.plans.internal.PlanReader;
import id.sigap.plans.internal.PlanStore;
import id.sigap.plans.internal.PlanStore.PlanInput;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.FieldMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The plan list {@code /rencana-aksi} and one plan's page with its tree and this year's achievement. */
@Controller
class PlanPages {

    private final PlanStore plans;
    private final PlanReader reader;
    private final Achievements achievements;
    private final IndicatorSources sources;
    private final Agencies agencies;
    private final PlanAccess access;
    private final FieldMessages formErrors;
    private final Clock clock;

    PlanPages(
            PlanStore plans,
            PlanReader reader,
            Achievements achievements,
            IndicatorSources sources,
            Agencies agencies,
            PlanAccess access,
            FieldMessages formErrors,
            Clock clock) {
        this.plans = plans;
        this.reader = reader;
        this.achievements = achievements;
        this.sources = sources;
        this.agencies = agencies;
        this.access = access;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/rencana-aksi")
    String list(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) String urut,
            @RequestParam(required = false) String arah,
            @RequestParam(required = false) Integer hal,
            Model model) {
        return renderList(wilayah, tahun, urut, arah, hal, Map.of(), null, model);
    }

    @PostMapping("/rencana-aksi")
    String create(
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) Integer startYear,
            @RequestParam(required = false) Integer endYear,
            @RequestParam(required = false) String legalBasis,
            Model model,
            HttpServletResponse response) {
        PlanInput in = new PlanInput(regionCode, title, startYear, endYear, legalBasis);
        try {
            ActionPlan p = plans.create(access.user(), in);
            return "redirect:/rencana-aksi/" + p.id();
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return renderList(null, null, null, null, null, formErrors.of(e), in, model);
        }
    }

    @GetMapping("/rencana-aksi/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer tahun, Model model) {
        return renderPlan(id, tahun, Map.of(), null, model);
    }

    @PostMapping("/rencana-aksi/{id}")
    String update(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) Integer startYear,
            @RequestParam(required = false) Integer endYear,
            @RequestParam(required = false) String legalBasis,
            Model model,
            HttpServletResponse response) {
        try {
            plans.update(access.user(), id, version, new PlanInput(null, title, startYear, endYear, legalBasis));
            return "redirect:/rencana-aksi/" + id;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return renderPlan(id, null, formErrors.of(e), "plan", model);
        }
    }

    @PostMapping("/rencana-aksi/{id}/hapus")
    String delete(@PathVariable long id, @RequestParam int version) {
        plans.delete(access.user(), id, version);
        return "redirect:/rencana-aksi";
    }

    String renderPlan(long id, Integer year, Map<String, String> errors, String failedForm, Model model) {
        SigapUser user = access.user();
        ActionPlan plan = plans.requireReadable(user, id);
        int thisYear = LocalDate.now(clock).getYear();
        int y = year != null && plan.covers(year) ? year : plan.covers(thisYear) ? thisYear : plan.startYear();
        PlanTree tree = reader.tree(plan);
        model.addAttribute("plan", plan);
        model.addAttribute("tree", tree);
        model.addAttribute("year", y);
        model.addAttribute("achievements", achievements.of(plan, tree.indicators(), y));
        boolean mayEdit = access.mayEdit(user, plan.regionCode());
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("agencies", mayEdit ? agencies.candidatesFor(plan.regionCode()) : java.util.List.of());
        model.addAttribute("agencyNames", AgencyNames.of(agencies, tree));
        model.addAttribute("sources", sources.all());
        model.addAttribute("budgetSources", BudgetSource.values());
        model.addAttribute("accumulations", Accumulation.values());
        model.addAttribute("errors", errors);
        model.addAttribute("failedForm", failedForm);
        return "plans/plan";
    }

    private String renderList(
            String region,
            Integer year,
            String sort,
            String dir,
            Integer page,
            Map<String, String> errors,
            PlanInput form,
            Model model) {
        SigapUser user = access.user();
        PlanStore.Sort s =
                switch (sort == null ? "" : sort) {
                    case "judul" -> PlanStore.Sort.TITLE;
                    case "wilayah" -> PlanStore.Sort.REGION;
                    default -> PlanStore.Sort.PERIOD;
                };
        boolean asc = "naik".equals(dir);
        model.addAttribute("page", plans.search(user, region, year, s, asc, PageRequest.of(page, 25)));
        model.addAttribute("wilayah", region);
        model.addAttribute("tahun", year);
        model.addAttribute("urut", sort == null ? "periode" : sort);
        model.addAttribute("arah", asc ? "naik" : "turun");
        model.addAttribute("mayCreate", user.has(Role.TASKFORCE_SECRETARY));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "plans/list";
    }
}
