package id.sigap.analytics.web;

import id.sigap.analytics.internal.VictimCrossTab;
import id.sigap.analytics.internal.VictimCrossTab.Dimension;
import id.sigap.security.RegionScope;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /api/v1/stats/victims?year=&region=&by=sex,age,form} (session or personal access token): victims of a
 * year within the caller's scope, each person once, as rows of the dimensions asked for and their {@code count}. A
 * region outside the caller's scope is refused (403).
 */
@ApiController
class StatsApi {

    private final DashboardFilters filters;
    private final VictimCrossTab crossTab;

    StatsApi(DashboardFilters filters, VictimCrossTab crossTab) {
        this.filters = filters;
        this.crossTab = crossTab;
    }

    /** The answer: what was asked and the rows (dimension values by name, then {@code count}). */
    record VictimStats(int year, String region, List<String> by, List<Map<String, Object>> rows) {}

    @GetMapping("/api/v1/stats/victims")
    VictimStats victims(
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "by", required = false) String by) {
        RegionScope scope = filters.scope();
        if (year == null || year.isBlank()) {
            throw new SigapException.Invalid("year", "analytics.year-invalid");
        }
        int y = DashboardFilters.year(year, 0, "year");
        String chosen = filters.region(region);
        List<Dimension> dims = new ArrayList<>();
        if (by != null && !by.isBlank()) {
            for (String d : by.split(",")) {
                try {
                    Dimension dim = Dimension.parse(d);
                    if (dims.contains(dim)) {
                        throw new SigapException.Invalid("by", "analytics.dimension-invalid");
                    }
                    dims.add(dim);
                } catch (IllegalArgumentException e) {
                    throw new SigapException.Invalid("by", "analytics.dimension-invalid");
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var r : crossTab.count(scope, chosen, y, dims)) {
            Map<String, Object> row = new LinkedHashMap<>(r.dimensions());
            row.put("count", r.count());
            rows.add(row);
        }
        return new VictimStats(y, chosen, dims.stream().map(Dimension::apiName).toList(), rows);
    }
}
