package id.sigap.plans.web;

import id.sigap.organization.Agencies;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.plans.ProgressReport;
import id.sigap.plans.ReportStatus;
import id.sigap.plans.internal.Achievements;
import id.sigap.plans.internal.EvidenceFiles;
import id.sigap.plans.internal.IndicatorSources;
import id.sigap.plans.internal.PlanAccess;
import id.sigap.plans.internal.PlanIndicators;
import id.sigap.plans.internal.PlanStore;
import id.sigap.plans.internal.ProgressReports;
import id.sigap.plans.internal.ProgressReports.ReportInput;
import id.sigap.plans.internal.Quarters;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.FieldMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * An indicator's page {@code /rencana-aksi/indikator/{id}}: targets and achievement per year, quarterly reports with
 * their evidence and review, the report form for the responsible agency and the review buttons for the secretary.
 */
@Controller
class IndicatorPages {

    /** A quarter of the plan period whose report is due and missing (late when the due date has passed). */
    record Missing(int year, int quarter, LocalDate dueOn, boolean late) {}

    private final PlanIndicators indicators;
    private final PlanStore plans;
    private final ProgressReports reports;
    private final EvidenceFiles evidence;
    private final Achievements achievements;
    private final IndicatorSources sources;
    private final Agencies agencies;
    private final PlanAccess access;
    private final FieldMessages formErrors;

    IndicatorPages(
            PlanIndicators indicators,
            PlanStore plans,
            ProgressReports reports,
            EvidenceFiles evidence,
            Achievements achievements,
            IndicatorSources sources,
            Agencies agencies,
            PlanAccess access,
            FieldMessages formErrors) {
        this.indicators = indicators;
        this.plans = plans;
        this.reports = reports;
        this.evidence = evidence;
        this.achievements = achievements;
        this.sources = sources;
        this.agencies = agencies;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping("/rencana-aksi/indikator/{id}")
    String show(@PathVariable long id, Model model) {
        return render(id, Map.of(), null, model);
    }

    @PostMapping("/rencana-aksi/indikator/{id}")
    String update(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        try {
            indicators.update(access.user(), id, version, PlanPartPages.input(form));
            return "redirect:/rencana-aksi/indikator/" + id;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return render(id, formErrors.of(e), "edit", model);
        }
    }

    @PostMapping("/rencana-aksi/indikator/{id}/laporan")
    String submit(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter,
            @RequestParam(required = false) BigDecimal value,
            @RequestParam(required = false) String narrative,
            @RequestParam(required = false) String obstacles,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        SigapUser user = access.user();
        try {
            byte[] bytes = file == null || file.isEmpty() ? null : file.getBytes();
            if (bytes != null) {
                evidence.check(bytes);
            }
            ProgressReport r =
                    reports.submit(user, id, new ReportInput(year, quarter, value, narrative, obstacles), version);
            if (bytes != null) {
                evidence.upload(user, r.id(), file.getOriginalFilename(), bytes);
            }
            return "redirect:/rencana-aksi/indikator/" + id + "?tersimpan";
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return render(id, formErrors.of(e), "report", model);
        }
    }

    @PostMapping("/rencana-aksi/laporan/{rid}/bukti")
    String upload(
            @PathVariable long rid,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        long indicatorId = reports.find(rid).indicatorId();
        try {
            if (file == null || file.isEmpty()) {
                throw new SigapException.Invalid("file", "plans.evidence-empty");
            }
            evidence.upload(access.user(), rid, file.getOriginalFilename(), file.getBytes());
            return "redirect:/rencana-aksi/indikator/" + indicatorId;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return render(indicatorId, formErrors.of(e), "evidence-" + rid, model);
        }
    }

    @GetMapping("/rencana-aksi/bukti/{eid}")
    ResponseEntity<byte[]> download(@PathVariable long eid) {
        EvidenceFiles.Download d = evidence.download(access.user(), eid);
        return Downloads.of(d.evidence().contentType(), d.evidence().fileName(), d.bytes());
    }

    @PostMapping("/rencana-aksi/laporan/{rid}/{step}")
    String decide(
            @PathVariable long rid,
            @PathVariable String step,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response) {
        SigapUser user = access.user();
        long indicatorId = reports.find(rid).indicatorId();
        try {
            switch (step) {
                case "telaah" -> reports.review(user, rid, version);
                case "setujui" -> reports.approve(user, rid, version);
                case "kembalikan" -> reports.sendBack(user, rid, version, reason);
                default -> throw new SigapException.NotFound("plans.report-not-found");
            }
            return "redirect:/rencana-aksi/indikator/" + indicatorId;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return render(indicatorId, formErrors.of(e), "return-" + rid, model);
        }
    }

    private String render(long id, Map<String, String> errors, String failedForm, Model model) {
        SigapUser user = access.user();
        Indicator indicator = indicators.find(id);
        ActionPlan plan = plans.find(indicator.planId());
        boolean responsible = indicator.responsibleAgencyId() == user.agencyId();
        access.require(
                access.mayRead(user, plan.regionCode()) || responsible, PlanAccess.INDICATOR, id, plan.regionCode());
        List<ProgressReport> list = reports.ofIndicator(id);
        Map<Integer, Object> byYear = new LinkedHashMap<>();
        for (int y : plan.years()) {
            byYear.put(y, achievements.of(plan, List.of(indicator), y).get(id));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("indicator", indicator);
        model.addAttribute("achievements", byYear);
        model.addAttribute("reports", list);
        model.addAttribute(
                "evidence", evidence.list(list.stream().map(ProgressReport::id).toList()));
        model.addAttribute("missing", indicator.computed() ? List.of() : missing(plan, list));
        model.addAttribute("mayReport", reports.mayReport(user, indicator));
        model.addAttribute("mayEdit", access.mayEdit(user, plan.regionCode()));
        model.addAttribute(
                "agencyName",
                agencies.find(indicator.responsibleAgencyId())
                        .map(a -> a.name())
                        .orElse("-"));
        model.addAttribute(
                "agencies",
                access.mayEdit(user, plan.regionCode()) ? agencies.candidatesFor(plan.regionCode()) : List.of());
        model.addAttribute("source", sources.find(indicator.sourceKey()).orElse(null));
        model.addAttribute("sources", sources.all());
        model.addAttribute("dueDays", reports.dueDays());
        model.addAttribute("today", reports.today());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("errors", errors);
        model.addAttribute("failedForm", failedForm);
        return "plans/indicator";
    }

    /** Quarters of the period that have ended without a report, the late ones flagged. */
    private List<Missing> missing(ActionPlan plan, List<ProgressReport> list) {
        LocalDate today = reports.today();
        List<Missing> out = new ArrayList<>();
        for (int y : plan.years()) {
            for (int q = 1; q <= 4; q++) {
                int year = y;
                int quarter = q;
                if (!Quarters.end(y, q).isBefore(today)) {
                    continue;
                }
                boolean reported = list.stream().anyMatch(r -> r.year() == year && r.quarter() == quarter);
                if (!reported) {
                    LocalDate due = Quarters.due(y, q, reports.dueDays());
                    out.add(new Missing(y, q, due, today.isAfter(due)));
                }
            }
        }
        return out;
    }
}
