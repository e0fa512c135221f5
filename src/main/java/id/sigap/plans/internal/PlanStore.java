package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.ACTION_PLAN;
import static id.sigap.plans.internal.db.Tables.PLAN_INDICATOR;
import static id.sigap.plans.internal.db.Tables.PROGRESS_REPORT;

import id.sigap.organization.OrgLevel;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForces;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.internal.db.tables.records.ActionPlanRecord;
import id.sigap.region.Regions;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans themselves: created, changed (optimistic locking) and deleted by the secretary of their region; listed. */
@Service
public class PlanStore {

    /** What a secretary types for a plan: the region (empty: national RAN), title, period and legal basis. */
    public record PlanInput(String regionCode, String title, Integer startYear, Integer endYear, String legalBasis) {}

    /** Sort orders of the plan list. */
    public enum Sort {
        PERIOD,
        TITLE,
        REGION
    }

    private final DSLContext db;
    private final PlanAccess access;
    private final TaskForces taskForces;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    PlanStore(DSLContext db, PlanAccess access, TaskForces taskForces, Regions regions, AuditTrail audit, Clock clock) {
        this.db = db;
        this.access = access;
        this.taskForces = taskForces;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ActionPlan create(SigapUser user, PlanInput in) {
        String region = in.regionCode() == null || in.regionCode().isBlank()
                ? null
                : in.regionCode().strip();
        OrgLevel level = validate(in, region);
        access.requireEdit(user, region, PlanAccess.PLAN, null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ActionPlanRecord r = db.newRecord(ACTION_PLAN);
        r.setLevel(level.name());
        r.setRegionCode(region);
        r.setTaskForceId(taskForce(region, in.startYear()));
        write(r, in);
        r.setVersion(0);
        r.setCreatedBy(user.id());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        audit.created(PlanAccess.PLAN, r.getId(), region);
        return of(r);
    }

    @Transactional
    public ActionPlan update(SigapUser user, long id, int version, PlanInput in) {
        ActionPlanRecord r = record(id);
        access.requireEdit(user, r.getRegionCode(), PlanAccess.PLAN, id);
        validate(
                new PlanInput(r.getRegionCode(), in.title(), in.startYear(), in.endYear(), in.legalBasis()),
                r.getRegionCode());
        if (r.getVersion() != version) {
            throw new SigapException.Conflict("plans.version-conflict");
        }
        write(r, in);
        r.setVersion(version + 1);
        r.setUpdatedAt(OffsetDateTime.now(clock));
        r.store();
        audit.updated(PlanAccess.PLAN, id, r.getRegionCode(), "title,period,legal_basis");
        return of(r);
    }

    /** Deletes a plan without progress reports, with everything in it. */
    @Transactional
    public void delete(SigapUser user, long id, int version) {
        ActionPlanRecord r = record(id);
        access.requireEdit(user, r.getRegionCode(), PlanAccess.PLAN, id);
        if (r.getVersion() != version) {
            throw new SigapException.Conflict("plans.version-conflict");
        }
        boolean reported = db.fetchExists(db.selectOne()
                .from(PROGRESS_REPORT)
                .join(PLAN_INDICATOR)
                .on(PLAN_INDICATOR.ID.eq(PROGRESS_REPORT.INDICATOR_ID))
                .where(PLAN_INDICATOR.PLAN_ID.eq(id)));
        if (reported) {
            throw new SigapException.Conflict("plans.has-reports");
        }
        r.delete();
        audit.deleted(PlanAccess.PLAN, id, r.getRegionCode());
    }

    /** The plan if the user may read it; 404, or 403 (audited). */
    @Transactional(readOnly = true)
    public ActionPlan requireReadable(SigapUser user, long id) {
        ActionPlanRecord r = record(id);
        boolean responsible = db.fetchExists(
                PLAN_INDICATOR,
                PLAN_INDICATOR.PLAN_ID.eq(id).and(PLAN_INDICATOR.RESPONSIBLE_AGENCY_ID.eq(user.agencyId())));
        access.require(access.mayRead(user, r.getRegionCode()) || responsible, PlanAccess.PLAN, id, r.getRegionCode());
        return of(r);
    }

    @Transactional(readOnly = true)
    public ActionPlan find(long id) {
        return of(record(id));
    }

    /** Plans the user may read, optionally of one region subtree and covering one year. */
    @Transactional(readOnly = true)
    public Page<ActionPlan> search(
            SigapUser user, String region, Integer year, Sort sort, boolean asc, PageRequest page) {
        Condition visible = access.readScope(user)
                .condition(ACTION_PLAN.REGION_CODE)
                .or(ACTION_PLAN.REGION_CODE.isNull())
                .or(DSL.exists(DSL.selectOne()
                        .from(PLAN_INDICATOR)
                        .where(PLAN_INDICATOR.PLAN_ID.eq(ACTION_PLAN.ID))
                        .and(PLAN_INDICATOR.RESPONSIBLE_AGENCY_ID.eq(user.agencyId()))));
        Condition where = visible;
        if (region != null && !region.isBlank()) {
            String root = region.strip();
            where = where.and(ACTION_PLAN.REGION_CODE.eq(root).or(ACTION_PLAN.REGION_CODE.like(root + ".%")));
        }
        if (year != null) {
            where = where.and(ACTION_PLAN.START_YEAR.le(year)).and(ACTION_PLAN.END_YEAR.ge(year));
        }
        SortField<?> order =
                switch (sort == null ? Sort.PERIOD : sort) {
                    case TITLE -> asc ? ACTION_PLAN.TITLE.asc() : ACTION_PLAN.TITLE.desc();
                    case REGION ->
                        asc
                                ? ACTION_PLAN.REGION_CODE.asc().nullsFirst()
                                : ACTION_PLAN.REGION_CODE.desc().nullsLast();
                    case PERIOD -> asc ? ACTION_PLAN.START_YEAR.asc() : ACTION_PLAN.START_YEAR.desc();
                };
        long total = db.fetchCount(ACTION_PLAN, where);
        var rows = db.selectFrom(ACTION_PLAN)
                .where(where)
                .orderBy(order, ACTION_PLAN.ID.desc())
                .limit(page.size())
                .offset(page.offset())
                .fetch(PlanStore::of);
        return new Page<>(rows, page.page(), page.size(), total);
    }

    ActionPlanRecord record(long id) {
        return db.fetchOptional(ACTION_PLAN, ACTION_PLAN.ID.eq(id))
                .orElseThrow(() -> new SigapException.NotFound("plans.not-found"));
    }

    private OrgLevel validate(PlanInput in, String region) {
        Inputs check = new Inputs();
        check.text("title", in.title(), 300, true);
        check.text("legalBasis", in.legalBasis(), 500, false);
        OrgLevel level = OrgLevel.implied(region);
        check.check(
                level != null && (region == null || regions.find(region).isPresent()),
                "regionCode",
                "plans.region-invalid");
        check.check(
                in.startYear() != null && in.startYear() >= 2000 && in.startYear() <= 2100,
                "startYear",
                "plans.year-invalid");
        check.check(
                in.endYear() != null
                        && in.startYear() != null
                        && in.endYear() >= in.startYear()
                        && in.endYear() - in.startYear() < 10,
                "endYear",
                "plans.period-invalid");
        check.done();
        return level;
    }

    private void write(ActionPlanRecord r, PlanInput in) {
        r.setTitle(in.title().strip());
        r.setStartYear(in.startYear());
        r.setEndYear(in.endYear());
        r.setLegalBasis(
                in.legalBasis() == null || in.legalBasis().isBlank()
                        ? null
                        : in.legalBasis().strip());
    }

    private Long taskForce(String region, int startYear) {
        LocalDate start = LocalDate.of(startYear, 1, 1);
        return taskForces
                .validOn(region, start)
                .or(() -> taskForces.validOn(region, LocalDate.now(clock)))
                .map(TaskForce::id)
                .orElse(null);
    }

    static ActionPlan of(ActionPlanRecord r) {
        return new ActionPlan(
                r.getId(),
                OrgLevel.valueOf(r.getLevel()),
                r.getRegionCode(),
                r.getTaskForceId(),
                r.getTitle(),
                r.getStartYear(),
                r.getEndYear(),
                r.getLegalBasis(),
                r.getVersion());
    }
}
