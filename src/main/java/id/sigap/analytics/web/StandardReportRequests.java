package id.sigap.analytics.web;

import id.sigap.analytics.internal.StandardReport;
import id.sigap.analytics.internal.StandardReport.Kind;
import id.sigap.analytics.internal.StandardReportFiles;
import id.sigap.analytics.internal.StandardReports;
import id.sigap.security.RegionScope;
import id.sigap.shared.SigapException;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one way the report page and the reports API read a request: the viewer's scope first (analysts, secretaries,
 * administrators), then the report, a year (required, 2000–2100) and a province or regency within the scope; and the
 * report as an XLSX or PDF download.
 */
@Component
class StandardReportRequests {

    static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final DashboardFilters filters;
    private final StandardReports reports;
    private final StandardReportFiles files;

    StandardReportRequests(DashboardFilters filters, StandardReports reports, StandardReportFiles files) {
        this.filters = filters;
        this.reports = reports;
        this.files = files;
    }

    /** A checked request: the report, the viewer's scope, the year and the chosen region (null: whole scope). */
    record Request(Kind kind, RegionScope scope, int year, String region) {}

    Request read(String kind, String year, String region, String yearField) {
        RegionScope scope = filters.scope();
        Kind k = Kind.bySlug(kind);
        if (k == null) {
            throw new SigapException.NotFound("analytics.report-unknown");
        }
        if (year == null || year.isBlank()) {
            throw new SigapException.Invalid(yearField, "analytics.year-invalid");
        }
        int y = DashboardFilters.year(year, 0, yearField);
        return new Request(k, scope, y, filters.region(region));
    }

    StandardReport build(Request r, Locale locale) {
        return reports.build(r.kind(), r.scope(), r.region(), r.year(), locale);
    }

    /** The report as a file: {@code xlsx} or {@code pdf}; anything else is refused (400). */
    ResponseEntity<byte[]> file(Request request, String format, Locale locale) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("xlsx") && !f.equals("pdf")) {
            throw new SigapException.Invalid("format", "analytics.report-format-invalid");
        }
        StandardReport report = build(request, locale);
        byte[] body = f.equals("xlsx") ? files.xlsx(report, locale) : files.pdf(report, locale);
        String name = "sigap-" + request.kind().slug() + "-" + request.year()
                + (request.region() == null ? "" : "-" + request.region()) + "." + f;
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(f.equals("xlsx") ? DashboardDownloads.XLSX : PDF);
        headers.setContentDisposition(
                ContentDisposition.attachment().filename(name).build());
        return ResponseEntity.ok().headers(headers).body(body);
    }
}
