package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.ACTION_PLAN;

import id.sigap.plans.Achievement;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.plans.PlanStatistics;
import id.sigap.plans.ProgressReport;
import id.sigap.plans.ReportStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PlanStatistics} from the plans, their indicators, progress reports and {@link Achievements}. */
@Service
class PlanFiguresReader implements PlanStatistics {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DSLContext db;
    private final PlanIndicators indicators;
    private final ProgressReports reports;
    private final Achievements achievements;

    PlanFiguresReader(DSLContext db, PlanIndicators indicators, ProgressReports reports, Achievements achievements) {
        this.db = db;
        this.indicators = indicators;
        this.reports = reports;
        this.achievements = achievements;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanFigures> of(String regionCode, int year) {
        Condition where = ACTION_PLAN.START_YEAR.le(year).and(ACTION_PLAN.END_YEAR.ge(year));
        if (regionCode != null) {
            where = where.and(
                    ACTION_PLAN.REGION_CODE.eq(regionCode).or(ACTION_PLAN.REGION_CODE.like(regionCode + ".%")));
        }
        List<ActionPlan> plans = db.selectFrom(ACTION_PLAN)
                .where(where)
                .orderBy(ACTION_PLAN.REGION_CODE.asc().nullsFirst(), ACTION_PLAN.TITLE, ACTION_PLAN.ID)
                .fetch(PlanStore::of);
        List<PlanFigures> out = new ArrayList<>();
        for (ActionPlan plan : plans) {
            out.add(figures(plan, year));
        }
        return out;
    }

    private PlanFigures figures(ActionPlan plan, int year) {
        List<Indicator> all = indicators.ofPlan(plan.id());
        List<ProgressReport> ofYear =
                reports.ofPlanYear(all.stream().map(Indicator::id).toList(), year);
        Map<Long, Achievement> achieved = achievements.of(plan, all, year, ofYear);
        int withTarget = 0;
        int met = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (Achievement a : achieved.values()) {
            if (a.target() == null || a.target().signum() <= 0) {
                continue;
            }
            withTarget++;
            BigDecimal percent = a.percent() == null ? BigDecimal.ZERO : a.percent();
            if (percent.compareTo(HUNDRED) >= 0) {
                met++;
            }
            sum = sum.add(percent.min(HUNDRED));
        }
        return new PlanFigures(
                plan.id(),
                plan.regionCode(),
                plan.title(),
                all.size(),
                withTarget,
                met,
                withTarget == 0 ? null : sum.divide(BigDecimal.valueOf(withTarget), 1, RoundingMode.HALF_UP),
                (int) ofYear.stream().filter(ProgressReport::late).count(),
                (int) ofYear.stream()
                        .filter(r -> r.status() == ReportStatus.APPROVED)
                        .count());
    }
}
