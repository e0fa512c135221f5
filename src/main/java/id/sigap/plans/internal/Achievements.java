package id.sigap.plans.internal;

import id.sigap.plans.Accumulation;
import id.sigap.plans.Achievement;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.plans.ProgressReport;
import id.sigap.plans.ReportStatus;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * An indicator's achievement in a year. A computed indicator takes its {@link id.sigap.plans.IndicatorSource}'s
 * figure for the indicator's region (or the plan's); a typed one adds up its approved quarters ({@code SUM}) or takes
 * the latest approved quarter ({@code LATEST}). Only approved reports count.
 */
@Service
public class Achievements {

    private final ProgressReports reports;
    private final IndicatorSources sources;

    Achievements(ProgressReports reports, IndicatorSources sources) {
        this.reports = reports;
        this.sources = sources;
    }

    /** Achievement of each indicator of {@code indicators} (all of {@code plan}) in {@code year}, by indicator id. */
    public Map<Long, Achievement> of(ActionPlan plan, List<Indicator> indicators, int year) {
        return of(
                plan,
                indicators,
                year,
                reports.ofPlanYear(indicators.stream().map(Indicator::id).toList(), year));
    }

    /** The same from the indicators' progress reports of the year, already read (of any status). */
    public Map<Long, Achievement> of(
            ActionPlan plan, List<Indicator> indicators, int year, List<ProgressReport> reportsOfYear) {
        Map<Long, List<ProgressReport>> approved = reportsOfYear.stream()
                .filter(r -> r.status() == ReportStatus.APPROVED)
                .collect(Collectors.groupingBy(ProgressReport::indicatorId));
        return indicators.stream()
                .collect(Collectors.toMap(
                        Indicator::id, i -> of(plan, i, year, approved.getOrDefault(i.id(), List.of()))));
    }

    static Achievement fromReports(Indicator i, int year, List<ProgressReport> approved) {
        BigDecimal achieved = null;
        if (!approved.isEmpty()) {
            achieved = i.accumulation() == Accumulation.SUM
                    ? approved.stream().map(ProgressReport::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                    : approved.stream()
                            .max(Comparator.comparingInt(ProgressReport::quarter))
                            .orElseThrow()
                            .value();
        }
        return new Achievement(i.id(), year, i.target(year), achieved, false, approved.size());
    }

    private Achievement of(ActionPlan plan, Indicator i, int year, List<ProgressReport> approved) {
        if (i.computed()) {
            String region = i.regionCode() != null ? i.regionCode() : plan.regionCode();
            BigDecimal value = sources.find(i.sourceKey())
                    .flatMap(s -> s.value(region, year))
                    .orElse(null);
            return new Achievement(i.id(), year, i.target(year), value, true, 0);
        }
        return fromReports(i, year, approved);
    }
}
