package id.sigap.publicstats.web;

import id.sigap.publicstats.internal.PublicStatistics;
import id.sigap.region.Regions;
import id.sigap.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /api/v1/public/stats?year=}: the published public statistics of a year (default: the latest), without
 * login. A suppressed cell has {@code suppressed: true} and no {@code count}.
 */
@ApiController
class PublicStatsApi {

    private final PublicStatistics statistics;
    private final Regions regions;

    PublicStatsApi(PublicStatistics statistics, Regions regions) {
        this.statistics = statistics;
        this.regions = regions;
    }

    @GetMapping("/api/v1/public/stats")
    StatsView stats(@RequestParam(required = false) Integer year) {
        return StatsView.of(statistics.year(year), regions.provinces(), "Indonesia");
    }
}
