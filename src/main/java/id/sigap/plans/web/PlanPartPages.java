package id.sigap.plans.web;

import id.sigap.plans.internal.PlanAccess;
import id.sigap.plans.internal.PlanIndicators;
import id.sigap.plans.internal.PlanIndicators.IndicatorInput;
import id.sigap.plans.internal.PlanParts;
import id.sigap.plans.internal.PlanParts.Part;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.FieldMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The forms on a plan's page that add and delete clusters, programmes, activities, indicators and budgets. */
@Controller
class PlanPartPages {

    private final PlanParts parts;
    private final PlanIndicators indicators;
    private final PlanAccess access;
    private final PlanPages planPages;
    private final FieldMessages formErrors;

    PlanPartPages(
            PlanParts parts,
            PlanIndicators indicators,
            PlanAccess access,
            PlanPages planPages,
            FieldMessages formErrors) {
        this.parts = parts;
        this.indicators = indicators;
        this.access = access;
        this.planPages = planPages;
        this.formErrors = formErrors;
    }

    @PostMapping("/rencana-aksi/{id}/klaster")
    String addCluster(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            Model model,
            HttpServletResponse response) {
        return add(Part.CLUSTER, id, id, name, model, response);
    }

    @PostMapping("/rencana-aksi/klaster/{id}/program")
    String addProgramme(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            Model model,
            HttpServletResponse response) {
        return add(Part.PROGRAMME, id, parts.planOf(Part.CLUSTER, id), name, model, response);
    }

    @PostMapping("/rencana-aksi/program/{id}/kegiatan")
    String addActivity(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            Model model,
            HttpServletResponse response) {
        return add(Part.ACTIVITY, id, parts.planOf(Part.PROGRAMME, id), name, model, response);
    }

    @PostMapping("/rencana-aksi/{part}/{id}/hapus")
    String delete(@PathVariable String part, @PathVariable long id) {
        Part p =
                switch (part) {
                    case "klaster" -> Part.CLUSTER;
                    case "program" -> Part.PROGRAMME;
                    case "kegiatan" -> Part.ACTIVITY;
                    case "indikator" -> Part.INDICATOR;
                    default -> throw new SigapException.NotFound("plans.not-found");
                };
        long planId = parts.delete(access.user(), p, id);
        return "redirect:/rencana-aksi/" + planId;
    }

    @PostMapping("/rencana-aksi/kegiatan/{id}/indikator")
    String addIndicator(
            @PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        long planId = parts.planOf(Part.ACTIVITY, id);
        try {
            indicators.add(access.user(), id, input(form));
            return "redirect:/rencana-aksi/" + planId;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return planPages.renderPlan(planId, null, formErrors.of(e), "indicator-" + id, model);
        }
    }

    @PostMapping("/rencana-aksi/kegiatan/{id}/anggaran")
    String budget(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) BigDecimal allocated,
            @RequestParam(required = false) BigDecimal realised,
            Model model,
            HttpServletResponse response) {
        long planId = parts.planOf(Part.ACTIVITY, id);
        try {
            parts.budget(access.user(), id, year, source, allocated, realised);
            return "redirect:/rencana-aksi/" + planId + "?tahun=" + year;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return planPages.renderPlan(planId, year, formErrors.of(e), "budget-" + id, model);
        }
    }

    /** The indicator fields of a form; yearly targets come as {@code target-<year>}. */
    static IndicatorInput input(Map<String, String> form) {
        Map<Integer, BigDecimal> targets = new TreeMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("target-") && v != null && !v.isBlank()) {
                targets.put(Integer.parseInt(k.substring(7)), number(v, k));
            }
        });
        String agency = form.get("responsibleAgencyId");
        return new IndicatorInput(
                form.get("name"),
                form.get("unit"),
                form.get("baseline") == null || form.get("baseline").isBlank()
                        ? null
                        : number(form.get("baseline"), "baseline"),
                agency == null || agency.isBlank()
                        ? null
                        : number(agency, "responsibleAgencyId").longValue(),
                form.get("regionCode"),
                form.get("accumulation"),
                form.get("sourceKey"),
                targets);
    }

    private static BigDecimal number(String v, String field) {
        try {
            return new BigDecimal(v.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new SigapException.Invalid(field.toLowerCase(Locale.ROOT), "plans.number-invalid");
        }
    }

    private String add(Part part, long parentId, long planId, String name, Model model, HttpServletResponse response) {
        try {
            parts.add(access.user(), part, parentId, name);
            return "redirect:/rencana-aksi/" + planId;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return planPages.renderPlan(
                    planId, null, formErrors.of(e), part.name().toLowerCase(Locale.ROOT) + "-" + parentId, model);
        }
    }
}
