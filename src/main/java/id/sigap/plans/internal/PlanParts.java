package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.ACTIVITY_BUDGET;
import static id.sigap.plans.internal.db.Tables.PLAN_ACTIVITY;
import static id.sigap.plans.internal.db.Tables.PLAN_CLUSTER;
import static id.sigap.plans.internal.db.Tables.PLAN_INDICATOR;
import static id.sigap.plans.internal.db.Tables.PLAN_PROGRAMME;
import static id.sigap.plans.internal.db.Tables.PROGRESS_REPORT;

import id.sigap.plans.ActionPlan;
import id.sigap.plans.BudgetSource;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of a plan below it: clusters (sub-task forces), programmes, activities with their budgets. Changed by the
 * plan's secretary only; a part is deleted with what lies under it unless a progress report exists there.
 */
@Service
public class PlanParts {

    /** Levels of the plan's tree that can be added or deleted by name. */
    public enum Part {
        CLUSTER,
        PROGRAMME,
        ACTIVITY,
        INDICATOR
    }

    private final DSLContext db;
    private final PlanStore plans;
    private final PlanAccess access;
    private final AuditTrail audit;

    PlanParts(DSLContext db, PlanStore plans, PlanAccess access, AuditTrail audit) {
        this.db = db;
        this.plans = plans;
        this.access = access;
        this.audit = audit;
    }

    /** Adds a cluster to the plan, a programme to a cluster or an activity to a programme; returns its id. */
    @Transactional
    public long add(SigapUser user, Part part, long parentId, String name) {
        Inputs check = new Inputs();
        String n = check.text("name", name, 300, true);
        check.done();
        long planId =
                switch (part) {
                    case CLUSTER -> parentId;
                    case PROGRAMME -> planOf(Part.CLUSTER, parentId);
                    case ACTIVITY -> planOf(Part.PROGRAMME, parentId);
                    case INDICATOR -> throw new IllegalArgumentException("indicators are added by PlanIndicators");
                };
        ActionPlan plan = plans.find(planId);
        access.requireEdit(user, plan.regionCode(), PlanAccess.PLAN, planId);
        long id =
                switch (part) {
                    case CLUSTER ->
                        db.insertInto(PLAN_CLUSTER)
                                .set(PLAN_CLUSTER.PLAN_ID, planId)
                                .set(PLAN_CLUSTER.NAME, n)
                                .set(
                                        PLAN_CLUSTER.POSITION,
                                        db.fetchCount(PLAN_CLUSTER, PLAN_CLUSTER.PLAN_ID.eq(planId)))
                                .returning(PLAN_CLUSTER.ID)
                                .fetchSingle()
                                .getId();
                    case PROGRAMME ->
                        db.insertInto(PLAN_PROGRAMME)
                                .set(PLAN_PROGRAMME.CLUSTER_ID, parentId)
                                .set(PLAN_PROGRAMME.NAME, n)
                                .returning(PLAN_PROGRAMME.ID)
                                .fetchSingle()
                                .getId();
                    default ->
                        db.insertInto(PLAN_ACTIVITY)
                                .set(PLAN_ACTIVITY.PROGRAMME_ID, parentId)
                                .set(PLAN_ACTIVITY.NAME, n)
                                .returning(PLAN_ACTIVITY.ID)
                                .fetchSingle()
                                .getId();
                };
        audit.updated(
                PlanAccess.PLAN,
                planId,
                plan.regionCode(),
                "added " + part.name().toLowerCase(java.util.Locale.ROOT));
        return id;
    }

    /** Deletes a part (and what lies under it) of a plan; refused while a progress report exists under it. */
    @Transactional
    public long delete(SigapUser user, Part part, long id) {
        long planId = planOf(part, id);
        ActionPlan plan = plans.find(planId);
        access.requireEdit(user, plan.regionCode(), PlanAccess.PLAN, planId);
        var reported = db.selectOne()
                .from(PROGRESS_REPORT)
                .join(PLAN_INDICATOR)
                .on(PLAN_INDICATOR.ID.eq(PROGRESS_REPORT.INDICATOR_ID))
                .join(PLAN_ACTIVITY)
                .on(PLAN_ACTIVITY.ID.eq(PLAN_INDICATOR.ACTIVITY_ID))
                .join(PLAN_PROGRAMME)
                .on(PLAN_PROGRAMME.ID.eq(PLAN_ACTIVITY.PROGRAMME_ID))
                .where(
                        switch (part) {
                            case CLUSTER -> PLAN_PROGRAMME.CLUSTER_ID.eq(id);
                            case PROGRAMME -> PLAN_PROGRAMME.ID.eq(id);
                            case ACTIVITY -> PLAN_ACTIVITY.ID.eq(id);
                            case INDICATOR -> PLAN_INDICATOR.ID.eq(id);
                        });
        if (db.fetchExists(reported)) {
            throw new SigapException.Conflict("plans.has-reports");
        }
        switch (part) {
            case CLUSTER ->
                db.deleteFrom(PLAN_CLUSTER).where(PLAN_CLUSTER.ID.eq(id)).execute();
            case PROGRAMME ->
                db.deleteFrom(PLAN_PROGRAMME).where(PLAN_PROGRAMME.ID.eq(id)).execute();
            case ACTIVITY ->
                db.deleteFrom(PLAN_ACTIVITY).where(PLAN_ACTIVITY.ID.eq(id)).execute();
            case INDICATOR ->
                db.deleteFrom(PLAN_INDICATOR).where(PLAN_INDICATOR.ID.eq(id)).execute();
        }
        audit.updated(
                PlanAccess.PLAN,
                planId,
                plan.regionCode(),
                "deleted " + part.name().toLowerCase(java.util.Locale.ROOT));
        return planId;
    }

    /** Sets (or replaces) an activity's allocated and realised budget for a year and source. */
    @Transactional
    public long budget(
            SigapUser user, long activityId, Integer year, String source, BigDecimal allocated, BigDecimal realised) {
        long planId = planOf(Part.ACTIVITY, activityId);
        ActionPlan plan = plans.find(planId);
        access.requireEdit(user, plan.regionCode(), PlanAccess.PLAN, planId);
        Inputs check = new Inputs();
        check.check(year != null && plan.covers(year), "year", "plans.year-outside-period");
        BudgetSource src = null;
        try {
            src = BudgetSource.valueOf(source == null ? "" : source);
        } catch (IllegalArgumentException e) {
            check.check(false, "source", "plans.required");
        }
        check.amount("allocated", allocated, true);
        check.amount("realised", realised, false);
        check.done();
        BigDecimal real = realised == null ? BigDecimal.ZERO : realised;
        db.insertInto(ACTIVITY_BUDGET)
                .set(ACTIVITY_BUDGET.ACTIVITY_ID, activityId)
                .set(ACTIVITY_BUDGET.YEAR, year)
                .set(ACTIVITY_BUDGET.SOURCE, src.name())
                .set(ACTIVITY_BUDGET.ALLOCATED, allocated)
                .set(ACTIVITY_BUDGET.REALISED, real)
                .onConflict(ACTIVITY_BUDGET.ACTIVITY_ID, ACTIVITY_BUDGET.YEAR, ACTIVITY_BUDGET.SOURCE)
                .doUpdate()
                .set(ACTIVITY_BUDGET.ALLOCATED, allocated)
                .set(ACTIVITY_BUDGET.REALISED, real)
                .execute();
        audit.updated(PlanAccess.PLAN, planId, plan.regionCode(), "budget");
        return planId;
    }

    /** The plan a part belongs to; {@code plans.not-found} (404) for an unknown part. */
    public long planOf(Part part, long id) {
        Long planId =
                switch (part) {
                    case CLUSTER ->
                        db.select(PLAN_CLUSTER.PLAN_ID)
                                .from(PLAN_CLUSTER)
                                .where(PLAN_CLUSTER.ID.eq(id))
                                .fetchOne(PLAN_CLUSTER.PLAN_ID);
                    case PROGRAMME ->
                        db.select(PLAN_CLUSTER.PLAN_ID)
                                .from(PLAN_PROGRAMME)
                                .join(PLAN_CLUSTER)
                                .on(PLAN_CLUSTER.ID.eq(PLAN_PROGRAMME.CLUSTER_ID))
                                .where(PLAN_PROGRAMME.ID.eq(id))
                                .fetchOne(PLAN_CLUSTER.PLAN_ID);
                    case ACTIVITY ->
                        db.select(PLAN_CLUSTER.PLAN_ID)
                                .from(PLAN_ACTIVITY)
                                .join(PLAN_PROGRAMME)
                                .on(PLAN_PROGRAMME.ID.eq(PLAN_ACTIVITY.PROGRAMME_ID))
                                .join(PLAN_CLUSTER)
                                .on(PLAN_CLUSTER.ID.eq(PLAN_PROGRAMME.CLUSTER_ID))
                                .where(PLAN_ACTIVITY.ID.eq(id))
                                .fetchOne(PLAN_CLUSTER.PLAN_ID);
                    case INDICATOR ->
                        db.select(PLAN_INDICATOR.PLAN_ID)
                                .from(PLAN_INDICATOR)
                                .where(PLAN_INDICATOR.ID.eq(id))
                                .fetchOne(PLAN_INDICATOR.PLAN_ID);
                };
        if (planId == null) {
            throw new SigapException.NotFound("plans.not-found");
        }
        return planId;
    }
}
