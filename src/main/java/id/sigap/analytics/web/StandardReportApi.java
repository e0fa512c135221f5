package id.sigap.analytics.web;

import id.sigap.analytics.web.StandardReportRequests.Request;
import id.sigap.shared.web.ApiController;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /api/v1/standard-reports/{tip|glotip|sdg-16-2-2}?year=&region=&format=json|xlsx|pdf} (session or personal access
 * token): a standard report of a year within the caller's scope. A region outside the scope is refused (403), a
 * missing or bad year, an unknown region or format with a 400 problem, an unknown report with 404. Labels in the
 * request's language ({@code ?lang=en}).
 */
@ApiController
class StandardReportApi {

    private final StandardReportRequests requests;

    StandardReportApi(StandardReportRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/api/v1/standard-reports/{kind}")
    ResponseEntity<?> report(
            @PathVariable("kind") String kind,
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "format", defaultValue = "json") String format,
            Locale locale) {
        Request request = requests.read(kind, year, region, "year");
        if ("json".equalsIgnoreCase(format.strip())) {
            return ResponseEntity.ok(requests.build(request, locale));
        }
        return requests.file(request, format, locale);
    }
}
