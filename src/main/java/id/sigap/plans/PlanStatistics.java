package id.sigap.plans;

import java.math.BigDecimal;
import java.util.List;

/**
 * Action-plan achievement for statistics (the dashboards): per plan, its indicators, how far they are achieved in a
 * year and the late progress reports. Titles and figures only. No user scope is applied here: callers decide access
 * first (plans of a region subtree are for those whose scope covers it).
 */
public interface PlanStatistics {

    /**
     * The plans in force in {@code year} whose region is {@code regionCode} or lies below it; {@code regionCode} null:
     * every plan, the national RAN included. Ordered by region (national first), then title.
     */
    List<PlanFigures> of(String regionCode, int year);

    /**
     * A plan's figures for the year: {@code indicators} in all; {@code withTarget} of them with a positive target for
     * the year; {@code met} of those achieving 100% or more; {@code achievedPercent} the mean over those with a
     * target of their achievement capped at 100% (no target: null), one decimal; {@code lateReports} quarterly
     * reports of the year submitted after their due date; {@code approvedReports} approved ones.
     */
    record PlanFigures(
            long planId,
            String regionCode,
            String title,
            int indicators,
            int withTarget,
            int met,
            BigDecimal achievedPercent,
            int lateReports,
            int approvedReports) {}
}
