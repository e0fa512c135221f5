package id.sigap.intake.web;

import id.sigap.cases.CaseFiles;
import id.sigap.intake.Channel;
import id.sigap.intake.QuickChoice;
import id.sigap.intake.Receipt;
import id.sigap.intake.Report;
import id.sigap.intake.ReportStatus;
import id.sigap.intake.ReporterType;
import id.sigap.intake.Reports;
import id.sigap.intake.Sex;
import id.sigap.intake.internal.Triage;
import id.sigap.region.Regions;
import id.sigap.security.CurrentUser;
import id.sigap.security.Role;
import id.sigap.security.SavedFilters;
import id.sigap.security.SigapUser;
import id.sigap.security.UserAccounts;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officer pages: the triage queue {@code /pengaduan}, officer intake, a report and its decisions. */
@Controller
@RequestMapping("/pengaduan")
class TriagePages {

    private final Triage triage;
    private final Reports reports;
    private final Regions regions;
    private final CurrentUser currentUser;
    private final UserAccounts accounts;
    private final Waiting waiting;
    private final FormErrors formErrors;
    private final SavedFilters filters;

    TriagePages(
            Triage triage,
            Reports reports,
            Regions regions,
            CurrentUser currentUser,
            UserAccounts accounts,
            Waiting waiting,
            FormErrors formErrors,
            SavedFilters filters) {
        this.filters = filters;
        this.triage = triage;
        this.reports = reports;
        this.regions = regions;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.waiting = waiting;
        this.formErrors = formErrors;
    }

    @GetMapping
    String queue(
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) Channel saluran,
            @RequestParam(defaultValue = "true") boolean terbuka,
            @RequestParam(defaultValue = "0") int hal,
            Model model) {
        SigapUser user = currentUser.require();
        var page = triage.queue(
                user, Triage.filter(status, saluran, terbuka), new PageRequest(hal, PageRequest.DEFAULT_SIZE));
        model.addAttribute("page", page);
        // region names for the codes on this page (at most one page of distinct codes)
        model.addAttribute(
                "regionNames",
                page.content().stream()
                        .map(r -> r.regionCode())
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .flatMap(code -> regions.find(code).stream())
                        .collect(java.util.stream.Collectors.toMap(
                                id.sigap.region.RegionRef::code, id.sigap.region.RegionRef::name)));
        model.addAttribute("waiting", waiting);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("status", status);
        model.addAttribute("saluran", saluran);
        model.addAttribute("terbuka", terbuka);
        model.addAttribute("canCreate", user.hasAny(Triage.DECIDERS));
        model.addAttribute("savedFilters", filters.of(user, QueueFilterPages.LIST));
        return "intake/queue";
    }

    @GetMapping("/baru")
    String newForm(Model model) {
        requireDecider();
        return officerForm(model, ReportForm.empty());
    }

    @PostMapping
    String create(
            @ModelAttribute("form") ReportForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SigapUser user = requireDecider();
        try {
            Receipt receipt = reports.receiveByOfficer(form.toInput(), user);
            redirect.addFlashAttribute("trackingCode", receipt.trackingCode());
            return "redirect:/pengaduan/" + receipt.reportId();
        } catch (SigapException.Invalid e) {
            formErrors.show(e, model, response);
            return officerForm(model, form);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        SigapUser user = currentUser.require();
        Report report = triage.open(user, id);
        return show(model, user, report);
    }

    @PostMapping("/{id}/kasus")
    String openCase(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String caseWorker,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SigapUser user = currentUser.require();
        return decide(id, model, response, redirect, () -> {
            CaseFiles.OpenedCase opened = triage.openCase(user, id, version, caseWorker(caseWorker));
            redirect.addFlashAttribute("caseNumber", opened.caseNumber());
        });
    }

    @PostMapping("/{id}/gabung")
    String attach(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam long caseId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SigapUser user = currentUser.require();
        return decide(id, model, response, redirect, () -> triage.attach(user, id, version, caseId));
    }

    @PostMapping("/{id}/teruskan")
    String forward(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String forwardRegion,
            @RequestParam(required = false) Long forwardAgency,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SigapUser user = currentUser.require();
        return decide(
                id,
                model,
                response,
                redirect,
                () -> triage.forward(user, id, version, forwardRegion, forwardAgency, reason));
    }

    @PostMapping("/{id}/tutup")
    String close(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SigapUser user = currentUser.require();
        return decide(id, model, response, redirect, () -> triage.close(user, id, version, reason));
    }

    private String decide(
            long id, Model model, HttpServletResponse response, RedirectAttributes redirect, Runnable decision) {
        SigapUser user = currentUser.require();
        try {
            decision.run();
        } catch (SigapException.Invalid | SigapException.Conflict e) {
            formErrors.show(e, model, response);
            return show(model, user, triage.open(user, id));
        }
        redirect.addFlashAttribute("flash", "triage.decided");
        return "redirect:/pengaduan/" + id;
    }

    /** A case worker named by username, of the officer's agency; empty means nobody assigned yet. */
    private Long caseWorker(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        SigapUser officer = currentUser.require();
        return accounts.findByUsername(username.strip())
                .filter(u -> u.agencyId() == officer.agencyId() && u.has(Role.CASE_WORKER))
                .map(SigapUser::id)
                .orElseThrow(() -> new SigapException.Invalid("caseWorker", "report.case-worker-unknown"));
    }

    private SigapUser requireDecider() {
        SigapUser user = currentUser.require();
        if (!user.hasAny(Triage.DECIDERS)) {
            throw new SigapException.NotAllowed("access.denied");
        }
        return user;
    }

    private String show(Model model, SigapUser user, Report report) {
        model.addAttribute("report", report);
        model.addAttribute("waiting", waiting);
        model.addAttribute(
                "regionName",
                report.regionCode() == null
                        ? null
                        : regions.find(report.regionCode()).map(r -> r.name()).orElse(null));
        model.addAttribute("mayDecide", triage.mayDecide(user, report));
        model.addAttribute("hints", triage.hints(user, report));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "intake/detail";
    }

    private String officerForm(Model model, ReportForm form) {
        model.addAttribute("form", form);
        model.addAttribute("provinces", regions.provinces());
        String province = form.province() != null && form.province().matches("\\d{2}") ? form.province() : null;
        model.addAttribute("regencies", province == null ? List.of() : regions.children(province));
        model.addAttribute("countries", regions.countries());
        model.addAttribute("choices", QuickChoice.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("reporterTypes", ReporterType.values());
        model.addAttribute("sexes", Sex.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "intake/officer-form";
    }
}
