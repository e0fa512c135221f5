package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.INDICATOR_TARGET;
import static id.sigap.plans.internal.db.Tables.PLAN_INDICATOR;

import id.sigap.organization.Agencies;
import id.sigap.plans.Accumulation;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.plans.internal.db.tables.records.PlanIndicatorRecord;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indicators of a plan's activities with their yearly targets: written by the plan's secretary. */
@Service
public class PlanIndicators {

    /** A typed indicator; {@code sourceKey} binds it to a computed {@link id.sigap.plans.IndicatorSource}. */
    public record IndicatorInput(
            String name,
            String unit,
            BigDecimal baseline,
            Long responsibleAgencyId,
            String regionCode,
            String accumulation,
            String sourceKey,
            Map<Integer, BigDecimal> targets) {}

    private final DSLContext db;
    private final PlanStore plans;
    private final PlanParts parts;
    private final PlanAccess access;
    private final Agencies agencies;
    private final IndicatorSources sources;
    private final AuditTrail audit;

    PlanIndicators(
            DSLContext db,
            PlanStore plans,
            PlanParts parts,
            PlanAccess access,
            Agencies agencies,
            IndicatorSources sources,
            AuditTrail audit) {
        this.db = db;
        this.plans = plans;
        this.parts = parts;
        this.access = access;
        this.agencies = agencies;
        this.sources = sources;
        this.audit = audit;
    }

    @Transactional
    public Indicator add(SigapUser user, long activityId, IndicatorInput in) {
        ActionPlan plan = plans.find(parts.planOf(PlanParts.Part.ACTIVITY, activityId));
        access.requireEdit(user, plan.regionCode(), PlanAccess.PLAN, plan.id());
        PlanIndicatorRecord r = db.newRecord(PLAN_INDICATOR);
        r.setActivityId(activityId);
        r.setPlanId(plan.id());
        r.setVersion(0);
        write(r, plan, in);
        r.store();
        targets(r.getId(), in.targets());
        audit.created(PlanAccess.INDICATOR, r.getId(), plan.regionCode());
        return find(r.getId());
    }

    @Transactional
    public Indicator update(SigapUser user, long id, int version, IndicatorInput in) {
        PlanIndicatorRecord r = record(id);
        ActionPlan plan = plans.find(r.getPlanId());
        access.requireEdit(user, plan.regionCode(), PlanAccess.INDICATOR, id);
        if (r.getVersion() != version) {
            throw new SigapException.Conflict("plans.version-conflict");
        }
        write(r, plan, in);
        r.setVersion(version + 1);
        r.store();
        db.deleteFrom(INDICATOR_TARGET)
                .where(INDICATOR_TARGET.INDICATOR_ID.eq(id))
                .execute();
        targets(id, in.targets());
        audit.updated(PlanAccess.INDICATOR, id, plan.regionCode(), "indicator");
        return find(id);
    }

    @Transactional(readOnly = true)
    public Indicator find(long id) {
        return of(record(id), targetsOf(List.of(id)).getOrDefault(id, Map.of()));
    }

    /** The indicators of a plan, by id. */
    @Transactional(readOnly = true)
    public List<Indicator> ofPlan(long planId) {
        var rows = db.selectFrom(PLAN_INDICATOR)
                .where(PLAN_INDICATOR.PLAN_ID.eq(planId))
                .orderBy(PLAN_INDICATOR.ID)
                .fetch();
        var targets = targetsOf(rows.map(PlanIndicatorRecord::getId));
        return rows.map(r -> of(r, targets.getOrDefault(r.getId(), Map.of())));
    }

    private void write(PlanIndicatorRecord r, ActionPlan plan, IndicatorInput in) {
        Inputs check = new Inputs();
        String name = check.text("name", in.name(), 300, true);
        String unit = check.text("unit", in.unit(), 60, true);
        check.amount("baseline", in.baseline(), false);
        check.check(
                in.responsibleAgencyId() != null
                        && agencies.find(in.responsibleAgencyId()).isPresent(),
                "responsibleAgencyId",
                "plans.agency-unknown");
        String region = in.regionCode() == null || in.regionCode().isBlank()
                ? null
                : in.regionCode().strip();
        check.check(
                region == null || plan.national() || RegionScope.isWithin(region, plan.regionCode()),
                "regionCode",
                "plans.region-outside-plan");
        Accumulation acc = Accumulation.SUM;
        try {
            acc = in.accumulation() == null || in.accumulation().isBlank()
                    ? Accumulation.SUM
                    : Accumulation.valueOf(in.accumulation());
        } catch (IllegalArgumentException e) {
            check.check(false, "accumulation", "plans.required");
        }
        String source = in.sourceKey() == null || in.sourceKey().isBlank() ? null : in.sourceKey();
        check.check(source == null || sources.find(source).isPresent(), "sourceKey", "plans.source-unknown");
        in.targets().forEach((year, target) -> {
            check.check(plan.covers(year), "target-" + year, "plans.year-outside-period");
            check.amount("target-" + year, target, false);
        });
        check.done();
        r.setName(name);
        r.setUnit(unit);
        r.setBaseline(in.baseline());
        r.setResponsibleAgencyId(in.responsibleAgencyId());
        r.setRegionCode(region);
        r.setAccumulation(acc.name());
        r.setSourceKey(source);
    }

    private void targets(long id, Map<Integer, BigDecimal> targets) {
        targets.forEach((year, target) -> {
            if (target != null) {
                db.insertInto(INDICATOR_TARGET)
                        .set(INDICATOR_TARGET.INDICATOR_ID, id)
                        .set(INDICATOR_TARGET.YEAR, year)
                        .set(INDICATOR_TARGET.TARGET, target)
                        .execute();
            }
        });
    }

    Map<Long, Map<Integer, BigDecimal>> targetsOf(List<Long> ids) {
        Map<Long, Map<Integer, BigDecimal>> out = new HashMap<>();
        db.selectFrom(INDICATOR_TARGET)
                .where(INDICATOR_TARGET.INDICATOR_ID.in(ids))
                .forEach(t -> out.computeIfAbsent(t.getIndicatorId(), k -> new HashMap<>())
                        .put(t.getYear(), t.getTarget()));
        return out;
    }

    PlanIndicatorRecord record(long id) {
        return db.fetchOptional(PLAN_INDICATOR, PLAN_INDICATOR.ID.eq(id))
                .orElseThrow(() -> new SigapException.NotFound("plans.indicator-not-found"));
    }

    static Indicator of(PlanIndicatorRecord r, Map<Integer, BigDecimal> targets) {
        return new Indicator(
                r.getId(),
                r.getActivityId(),
                r.getPlanId(),
                r.getName(),
                r.getUnit(),
                r.getBaseline(),
                r.getResponsibleAgencyId(),
                r.getRegionCode(),
                Accumulation.valueOf(r.getAccumulation()),
                r.getSourceKey(),
                targets,
                r.getVersion());
    }
}
