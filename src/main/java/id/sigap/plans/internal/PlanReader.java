package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.ACTIVITY_BUDGET;
import static id.sigap.plans.internal.db.Tables.PLAN_ACTIVITY;
import static id.sigap.plans.internal.db.Tables.PLAN_CLUSTER;
import static id.sigap.plans.internal.db.Tables.PLAN_PROGRAMME;

import id.sigap.plans.ActionPlan;
import id.sigap.plans.BudgetSource;
import id.sigap.plans.Indicator;
import id.sigap.plans.PlanTree;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a whole plan tree in five queries (callers check access first). */
@Service
public class PlanReader {

    private final DSLContext db;
    private final PlanIndicators indicators;

    PlanReader(DSLContext db, PlanIndicators indicators) {
        this.db = db;
        this.indicators = indicators;
    }

    @Transactional(readOnly = true)
    public PlanTree tree(ActionPlan plan) {
        var clusters = db.selectFrom(PLAN_CLUSTER)
                .where(PLAN_CLUSTER.PLAN_ID.eq(plan.id()))
                .orderBy(PLAN_CLUSTER.POSITION, PLAN_CLUSTER.ID)
                .fetch();
        var programmes = db.selectFrom(PLAN_PROGRAMME)
                .where(PLAN_PROGRAMME.CLUSTER_ID.in(clusters.map(c -> c.getId())))
                .orderBy(PLAN_PROGRAMME.ID)
                .fetch();
        var activities = db.selectFrom(PLAN_ACTIVITY)
                .where(PLAN_ACTIVITY.PROGRAMME_ID.in(programmes.map(p -> p.getId())))
                .orderBy(PLAN_ACTIVITY.ID)
                .fetch();
        Map<Long, List<PlanTree.Budget>> budgets = db
                .selectFrom(ACTIVITY_BUDGET)
                .where(ACTIVITY_BUDGET.ACTIVITY_ID.in(activities.map(a -> a.getId())))
                .orderBy(ACTIVITY_BUDGET.YEAR, ACTIVITY_BUDGET.SOURCE)
                .stream()
                .collect(Collectors.groupingBy(
                        b -> b.getActivityId(),
                        Collectors.mapping(
                                b -> new PlanTree.Budget(
                                        b.getYear(),
                                        BudgetSource.valueOf(b.getSource()),
                                        b.getAllocated(),
                                        b.getRealised()),
                                Collectors.toList())));
        Map<Long, List<Indicator>> byActivity =
                indicators.ofPlan(plan.id()).stream().collect(Collectors.groupingBy(Indicator::activityId));
        return new PlanTree(
                plan,
                clusters.map(c -> new PlanTree.Cluster(
                        c.getId(),
                        c.getName(),
                        c.getVersion(),
                        programmes.stream()
                                .filter(p -> p.getClusterId().equals(c.getId()))
                                .map(p -> new PlanTree.Programme(
                                        p.getId(),
                                        p.getName(),
                                        p.getVersion(),
                                        activities.stream()
                                                .filter(a -> a.getProgrammeId().equals(p.getId()))
                                                .map(a -> new PlanTree.Activity(
                                                        a.getId(),
                                                        a.getName(),
                                                        a.getVersion(),
                                                        budgets.getOrDefault(a.getId(), List.of()),
                                                        byActivity.getOrDefault(a.getId(), List.of())))
                                                .toList()))
                                .toList())));
    }
}
