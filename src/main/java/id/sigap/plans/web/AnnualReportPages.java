package id.sigap.plans.web;

import id.sigap.plans.internal.AnnualReport;
import id.sigap.plans.internal.AnnualReport.Section;
import id.sigap.plans.internal.AnnualReportDocuments;
import id.sigap.plans.internal.AnnualReports;
import id.sigap.plans.internal.PeriodReports;
import id.sigap.plans.internal.PlanAccess;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.FieldMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual report (Laporan Tahunan) of a plan: {@code /rencana-aksi/{id}/laporan-tahunan/{year}} shows it with its
 * editable texts; {@code .pdf} and {@code .xlsx} download the generated documents.
 */
@Controller
class AnnualReportPages {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AnnualReports reports;
    private final PeriodReports periodReports;
    private final AnnualReportDocuments documents;
    private final PlanAccess access;
    private final FieldMessages formErrors;

    AnnualReportPages(
            AnnualReports reports,
            PeriodReports periodReports,
            AnnualReportDocuments documents,
            PlanAccess access,
            FieldMessages formErrors) {
        this.reports = reports;
        this.periodReports = periodReports;
        this.documents = documents;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping("/rencana-aksi/{id}/laporan-tahunan/{year:\\d{4}}")
    String show(@PathVariable long id, @PathVariable int year, Model model) {
        return render(id, year, Map.of(), model);
    }

    @PostMapping("/rencana-aksi/{id}/laporan-tahunan/{year:\\d{4}}")
    String save(
            @PathVariable long id,
            @PathVariable int year,
            @RequestParam String section,
            @RequestParam(required = false) String body,
            @RequestParam int version,
            Model model,
            HttpServletResponse response) {
        Section s;
        try {
            s = Section.valueOf(section);
        } catch (IllegalArgumentException e) {
            throw new SigapException.NotFound("plans.not-found");
        }
        try {
            reports.save(access.user(), id, year, s, body, version);
            return "redirect:/rencana-aksi/" + id + "/laporan-tahunan/" + year;
        } catch (SigapException.Invalid e) {
            response.setStatus(e.status());
            return render(id, year, formErrors.of(e), model);
        }
    }

    @GetMapping("/rencana-aksi/{id}/laporan-tahunan/{year:\\d{4}}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int year) {
        AnnualReport r = reports.build(access.user(), id, year);
        return Downloads.of("application/pdf", fileName(r, "pdf"), documents.pdf(r, formErrors::label));
    }

    @GetMapping("/rencana-aksi/{id}/laporan-tahunan/{year:\\d{4}}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable int year) {
        AnnualReport r = reports.build(access.user(), id, year);
        return Downloads.of(XLSX, fileName(r, "xlsx"), documents.xlsx(r, formErrors::label));
    }

    @GetMapping("/rencana-aksi/{id}/laporan-periode.pdf")
    ResponseEntity<byte[]> periodPdf(@PathVariable long id) {
        PeriodReports.PeriodReport r = periodReports.build(access.user(), id);
        return Downloads.of(
                "application/pdf", "laporan-periode-" + id + ".pdf", periodReports.pdf(r, formErrors::label));
    }

    @GetMapping("/rencana-aksi/{id}/laporan-periode.xlsx")
    ResponseEntity<byte[]> periodXlsx(@PathVariable long id) {
        PeriodReports.PeriodReport r = periodReports.build(access.user(), id);
        return Downloads.of(XLSX, "laporan-periode-" + id + ".xlsx", periodReports.xlsx(r, formErrors::label));
    }

    private String render(long id, int year, Map<String, String> errors, Model model) {
        SigapUser user = access.user();
        AnnualReport r = reports.build(user, id, year);
        model.addAttribute("report", r);
        model.addAttribute("sections", Section.values());
        model.addAttribute("mayEdit", access.mayEdit(user, r.plan().regionCode()));
        model.addAttribute("errors", errors);
        return "plans/annual";
    }

    private static String fileName(AnnualReport r, String ext) {
        return "laporan-tahunan-" + r.plan().id() + "-" + r.year() + "." + ext;
    }
}
