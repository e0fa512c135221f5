package id.sigap.intake.web;

import id.sigap.intake.Channel;
import id.sigap.intake.Report;
import id.sigap.intake.ReportStatus;
import id.sigap.intake.internal.Triage;
import id.sigap.security.CurrentUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Reports for officers (token or session), limited to their region scope. */
@ApiController
class ReportApi {

    private final Triage triage;
    private final CurrentUser currentUser;

    ReportApi(Triage triage, CurrentUser currentUser) {
        this.triage = triage;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/reports")
    Page<Report> list(
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) Channel channel,
            @RequestParam(defaultValue = "false") boolean openOnly,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return triage.queue(
                currentUser.require(), Triage.filter(status, channel, openOnly), PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/reports/{id}")
    Report get(@PathVariable long id) {
        return triage.open(currentUser.require(), id);
    }
}
