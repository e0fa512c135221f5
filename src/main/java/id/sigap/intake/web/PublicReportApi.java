package id.sigap.intake.web;

import id.sigap.intake.PublicStatus;
import id.sigap.intake.Receipt;
import id.sigap.intake.ReportInput;
import id.sigap.intake.Reports;
import id.sigap.intake.internal.ReportRateLimiter;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Public JSON: file a report ({@code POST /api/v1/reports}) and read its status by tracking code. */
@ApiController
class PublicReportApi {

    private final Reports reports;
    private final ReportRateLimiter limiter;
    private final MessageSource messages;

    PublicReportApi(Reports reports, ReportRateLimiter limiter, MessageSource messages) {
        this.reports = reports;
        this.limiter = limiter;
        this.messages = messages;
    }

    /** The public report; the channel is always the public web, whatever is sent. */
    record ReportRequest(
            String reporterType,
            String regionCode,
            String countryIso2,
            String place,
            String personName,
            Integer personAge,
            String personSex,
            List<String> quickChoices,
            String description,
            String reporterName,
            String reporterPhone,
            Boolean consentToContact) {

        ReportInput toInput() {
            return new ReportInput(
                    null,
                    reporterType,
                    regionCode,
                    countryIso2,
                    place,
                    personName,
                    personAge == null ? null : personAge.toString(),
                    personSex,
                    quickChoices,
                    description,
                    reporterName,
                    reporterPhone,
                    Boolean.TRUE.equals(consentToContact));
        }
    }

    record Created(String trackingCode) {}

    record StatusResponse(String trackingCode, String status, String statusLabel, OffsetDateTime updatedAt) {}

    @PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> create(@RequestBody ReportRequest body, HttpServletRequest request) {
        long wait = limiter.secondsToWait(request.getRemoteAddr());
        if (wait > 0) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS, message("error.report.rate-limited"));
            p.setType(URI.create("urn:sigap:problem:report.rate-limited"));
            p.setProperty("code", "report.rate-limited");
            return ResponseEntity.status(429)
                    .header("Retry-After", Long.toString(wait))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
        Receipt receipt = reports.receivePublic(body.toInput());
        return ResponseEntity.status(201).body(new Created(receipt.trackingCode()));
    }

    @GetMapping("/api/v1/reports/status/{trackingCode}")
    StatusResponse status(@PathVariable String trackingCode) {
        PublicStatus s =
                reports.status(trackingCode).orElseThrow(() -> new SigapException.NotFound("report.tracking-unknown"));
        return new StatusResponse(
                s.trackingCode(), s.status().name(), message(s.status().labelKey()), s.updatedAt());
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
