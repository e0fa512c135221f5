package id.sigap.analytics.web;

import id.sigap.analytics.internal.StandardReport;
import id.sigap.analytics.internal.StandardReport.Kind;
import id.sigap.analytics.internal.StandardReportFiles;
import id.sigap.analytics.web.StandardReportRequests.Request;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.security.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The standard reports page {@code /dasbor/laporan}: pick a report, a year and a region of one's scope, see its tables
 * and download it as XLSX or PDF ({@code /dasbor/laporan/unduh}).
 */
@Controller
class StandardReportPages {

    private final StandardReportRequests requests;
    private final StandardReportFiles files;
    private final Regions regions;
    private final Clock clock;

    StandardReportPages(StandardReportRequests requests, StandardReportFiles files, Regions regions, Clock clock) {
        this.requests = requests;
        this.files = files;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping("/dasbor/laporan")
    String page(
            @RequestParam(name = "laporan", defaultValue = "tip") String kind,
            @RequestParam(name = "tahun", required = false) String year,
            @RequestParam(name = "wilayah", required = false) String region,
            Locale locale,
            Model model) {
        String y = year == null || year.isBlank()
                ? Integer.toString(LocalDate.now(clock).getYear())
                : year;
        Request request = requests.read(kind, y, region, "tahun");
        StandardReport report = requests.build(request, locale);
        model.addAttribute("report", report);
        model.addAttribute("heading", files.heading(report, locale));
        model.addAttribute("kinds", List.of(Kind.values()));
        model.addAttribute("kind", request.kind().slug());
        model.addAttribute("year", request.year());
        model.addAttribute("region", request.region());
        model.addAttribute("regionChoices", choices(request.scope()));
        int last = Math.max(LocalDate.now(clock).getYear(), request.year());
        model.addAttribute(
                "years",
                IntStream.rangeClosed(0, last - DashboardFilters.FIRST_YEAR)
                        .map(i -> last - i)
                        .boxed()
                        .toList());
        return "analytics/reports";
    }

    @GetMapping("/dasbor/laporan/unduh")
    ResponseEntity<byte[]> download(
            @RequestParam(name = "laporan", defaultValue = "tip") String kind,
            @RequestParam(name = "tahun", required = false) String year,
            @RequestParam(name = "wilayah", required = false) String region,
            @RequestParam(name = "format", defaultValue = "xlsx") String format,
            Locale locale) {
        return requests.file(requests.read(kind, year, region, "tahun"), format, locale);
    }

    /** The provinces and regencies of the viewer's scope. */
    private List<RegionRef> choices(RegionScope scope) {
        List<RegionRef> out = new ArrayList<>();
        for (RegionRef p : regions.provinces()) {
            boolean whole = scope.covers(p.code());
            if (whole) {
                out.add(p);
            }
            if (whole || scope.roots().stream().anyMatch(r -> r.startsWith(p.code() + "."))) {
                regions.children(p.code()).stream()
                        .filter(r -> scope.covers(r.code()))
                        .forEach(out::add);
            }
        }
        return out;
    }
}
