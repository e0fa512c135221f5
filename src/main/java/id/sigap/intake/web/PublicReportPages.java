package id.sigap.intake.web;

import id.sigap.intake.PublicStatus;
import id.sigap.intake.QuickChoice;
import id.sigap.intake.ReporterType;
import id.sigap.intake.Reports;
import id.sigap.intake.Sex;
import id.sigap.intake.internal.FormTokens;
import id.sigap.intake.internal.ReportRateLimiter;
import id.sigap.region.Regions;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public report form {@code /lapor} (no sign-in) and the status page {@code /lapor/status}. */
@Controller
@RequestMapping("/lapor")
class PublicReportPages {

    private final Reports reports;
    private final Regions regions;
    private final FormTokens tokens;
    private final ReportRateLimiter limiter;
    private final FormErrors formErrors;

    PublicReportPages(
            Reports reports, Regions regions, FormTokens tokens, ReportRateLimiter limiter, FormErrors formErrors) {
        this.reports = reports;
        this.regions = regions;
        this.tokens = tokens;
        this.limiter = limiter;
        this.formErrors = formErrors;
    }

    @GetMapping
    String form(Model model) {
        return show(model, ReportForm.empty());
    }

    @PostMapping
    String submit(
            @ModelAttribute("form") ReportForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        long wait = limiter.secondsToWait(request.getRemoteAddr());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            formErrors.global("report.rate-limited", 429, model, response);
            return show(model, form);
        }
        if (form.honeypotFilled()) {
            formErrors.global("report.refused", 422, model, response);
            return show(model, form);
        }
        FormTokens.Verdict verdict = tokens.check(form.formToken());
        if (verdict != FormTokens.Verdict.OK) {
            String code = verdict == FormTokens.Verdict.TOO_FAST ? "report.too-fast" : "report.form-expired";
            formErrors.global(code, 422, model, response);
            return show(model, form);
        }
        try {
            model.addAttribute(
                    "trackingCode", reports.receivePublic(form.toInput()).trackingCode());
            return "intake/public-received";
        } catch (SigapException.Invalid e) {
            formErrors.show(e, model, response);
            return show(model, form);
        }
    }

    /** The page's form posts the code, so it stays out of addresses, histories and access logs. */
    @PostMapping("/status")
    String statusPosted(@RequestParam(required = false) String kode, Model model, HttpServletResponse response) {
        return status(kode, model, response);
    }

    @GetMapping("/status")
    String status(@RequestParam(required = false) String kode, Model model, HttpServletResponse response) {
        if (kode != null && !kode.isBlank()) {
            Optional<PublicStatus> status = reports.status(kode);
            status.ifPresent(s -> model.addAttribute("status", s));
            if (status.isEmpty()) {
                response.setStatus(404);
                model.addAttribute("notFound", true);
            }
        }
        return "intake/public-status";
    }

    /** The regencies of a province as {@code <option>}s for the htmx region picker. */
    @GetMapping("/wilayah")
    String regencies(@RequestParam(required = false) String province, Model model) {
        boolean valid = province != null && province.matches("\\d{2}");
        model.addAttribute("regencies", valid ? regions.children(province) : java.util.List.of());
        return "intake/fragments :: regency-options";
    }

    private String show(Model model, ReportForm form) {
        model.addAttribute("form", form);
        model.addAttribute("formToken", tokens.issue());
        model.addAttribute("provinces", regions.provinces());
        String province = form.province() != null && form.province().matches("\\d{2}") ? form.province() : null;
        model.addAttribute("regencies", province == null ? java.util.List.of() : regions.children(province));
        model.addAttribute("countries", regions.countries());
        model.addAttribute("choices", QuickChoice.values());
        model.addAttribute("reporterTypes", Arrays.stream(ReporterType.values()).toList());
        model.addAttribute("sexes", Sex.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "intake/public-form";
    }
}
