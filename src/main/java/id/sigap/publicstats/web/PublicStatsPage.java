package id.sigap.publicstats.web;

import id.sigap.publicstats.internal.PublicStatistics;
import id.sigap.region.Regions;
import id.sigap.shared.SigapException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /statistik?tahun=}: the published public statistics as accessible tables, without login. */
@Controller
class PublicStatsPage {

    private final PublicStatistics statistics;
    private final Regions regions;
    private final MessageSource messages;

    PublicStatsPage(PublicStatistics statistics, Regions regions, MessageSource messages) {
        this.statistics = statistics;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/statistik")
    String page(@RequestParam(name = "tahun", required = false) Integer year, Model model) {
        if (!statistics.published()) {
            model.addAttribute("stats", null);
            return "publicstats/statistics";
        }
        String national = messages.getMessage("publicstats.national", null, LocaleContextHolder.getLocale());
        try {
            StatsView view = StatsView.of(statistics.year(year), regions.provinces(), national);
            model.addAttribute("stats", view);
            model.addAttribute(
                    "tables",
                    java.util.List.of(
                            java.util.Map.entry("sexage", view.victimsBySexAge()),
                            java.util.Map.entry("form", view.victimsByForm())));
        } catch (SigapException.NotFound e) {
            if (year != null) {
                throw e;
            }
            model.addAttribute("stats", null);
        }
        return "publicstats/statistics";
    }
}
