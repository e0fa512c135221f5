package id.sigap.organization.internal;

import static id.sigap.organization.internal.db.Tables.TASK_FORCE;

import id.sigap.organization.LegalBasis;
import id.sigap.organization.Member;
import id.sigap.organization.MemberRole;
import id.sigap.organization.NewMember;
import id.sigap.organization.NewSubTaskForce;
import id.sigap.organization.NewTaskForce;
import id.sigap.organization.Period;
import id.sigap.organization.Structure;
import id.sigap.organization.SubTaskForce;
import id.sigap.organization.SubTaskForceTemplate;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForceChange;
import id.sigap.organization.TaskForceQuery;
import id.sigap.organization.TaskForces;
import id.sigap.organization.internal.db.tables.records.TaskForceRecord;
import id.sigap.region.Regions;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JooqTaskForces implements TaskForces {

    static final String AUDIT_TYPE = "task_force";

    private final DSLContext db;
    private final Regions regions;
    private final TaskForcePeriods periods;
    private final MembershipLedger members;
    private final SubTaskForceLedger subs;
    private final AuditTrail audit;
    private final Clock clock;

    JooqTaskForces(
            DSLContext db,
            Regions regions,
            TaskForcePeriods periods,
            MembershipLedger members,
            SubTaskForceLedger subs,
            AuditTrail audit,
            Clock clock) {
        this.db = db;
        this.regions = regions;
        this.periods = periods;
        this.members = members;
        this.subs = subs;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public TaskForce create(NewTaskForce n) {
        String name = n.name();
        if (n.regionCode() != null) {
            var region = regions.find(n.regionCode())
                    .orElseThrow(() -> new SigapException.Invalid("regionCode", "org.region-unknown", n.regionCode()));
            name = name == null ? "Gugus Tugas PP-TPPO " + region.name() : name;
        }
        name = name == null ? "Gugus Tugas PP-TPPO Pusat" : name;
        periods.endPredecessor(n.regionCode(), n.validFrom());
        periods.requireNoOverlap(n.regionCode(), n.validity(), null);
        LegalBasis lb = n.legalBasis();
        OffsetDateTime now = OffsetDateTime.now(clock);
        final String finalName = name;
        long id = ConstraintViolations.guard(
                () -> db.insertInto(TASK_FORCE)
                        .set(TASK_FORCE.NAME, finalName)
                        .set(TASK_FORCE.LEVEL, n.level().name())
                        .set(TASK_FORCE.REGION_CODE, n.regionCode())
                        .set(TASK_FORCE.DECREE_NUMBER, lb.decreeNumber())
                        .set(TASK_FORCE.DECREE_DATE, lb.decreeDate())
                        .set(TASK_FORCE.DECREE_ISSUER, lb.issuer())
                        .set(TASK_FORCE.DECREE_KIND, lb.kind().name())
                        .set(TASK_FORCE.VALID_FROM, n.validFrom())
                        .set(TASK_FORCE.VALID_TO, n.validTo())
                        .set(TASK_FORCE.CREATED_AT, now)
                        .set(TASK_FORCE.UPDATED_AT, now)
                        .returning(TASK_FORCE.ID)
                        .fetchSingle(TASK_FORCE.ID),
                "task_force_one_per_region",
                TaskForcePeriods::overlap);
        audit.created(AUDIT_TYPE, id, n.regionCode());
        subs.seed(id, n.regionCode(), n.validity());
        return require(id);
    }

    @Override
    @Transactional
    public TaskForce update(long id, TaskForceChange ch) {
        TaskForce current = require(id);
        if (current.version() != ch.version()) {
            throw new SigapException.Conflict("conflict.stale");
        }
        periods.requireNoOverlap(current.regionCode(), ch.validity(), id);
        periods.fitRowsInto(current, ch.validity());
        LegalBasis lb = ch.legalBasis();
        int updated = ConstraintViolations.guard(
                () -> db.update(TASK_FORCE)
                        .set(TASK_FORCE.NAME, ch.name())
                        .set(TASK_FORCE.DECREE_NUMBER, lb.decreeNumber())
                        .set(TASK_FORCE.DECREE_DATE, lb.decreeDate())
                        .set(TASK_FORCE.DECREE_ISSUER, lb.issuer())
                        .set(TASK_FORCE.DECREE_KIND, lb.kind().name())
                        .set(TASK_FORCE.VALID_FROM, ch.validFrom())
                        .set(TASK_FORCE.VALID_TO, ch.validTo())
                        .set(TASK_FORCE.VERSION, TASK_FORCE.VERSION.plus(1))
                        .set(TASK_FORCE.UPDATED_AT, OffsetDateTime.now(clock))
                        .where(TASK_FORCE.ID.eq(id).and(TASK_FORCE.VERSION.eq(ch.version())))
                        .execute(),
                "task_force_one_per_region",
                TaskForcePeriods::overlap);
        if (updated != 1) {
            throw new SigapException.Conflict("conflict.stale");
        }
        audit.updated(AUDIT_TYPE, id, current.regionCode(), changed(current, ch));
        return require(id);
    }

    private static String changed(TaskForce t, TaskForceChange ch) {
        StringBuilder out = new StringBuilder();
        if (!t.name().equals(ch.name())) out.append("name,");
        if (!t.legalBasis().equals(ch.legalBasis())) out.append("legalBasis,");
        if (!t.validity().equals(ch.validity())) out.append("validity,");
        return out.isEmpty() ? "" : out.substring(0, out.length() - 1);
    }

    @Override
    public Optional<TaskForce> find(long id) {
        return db.selectFrom(TASK_FORCE)
                .where(TASK_FORCE.ID.eq(id))
                .fetchOptional()
                .map(JooqTaskForces::toTaskForce);
    }

    @Override
    public TaskForce require(long id) {
        return find(id).orElseThrow(() -> new SigapException.NotFound("taskforce.not-found"));
    }

    @Override
    public Optional<TaskForce> validOn(String regionCode, LocalDate date) {
        return db.selectFrom(TASK_FORCE)
                .where(org.jooq.impl.DSL.coalesce(TASK_FORCE.REGION_CODE, "").eq(regionCode == null ? "" : regionCode))
                .and(AgencyRows.covers(TASK_FORCE.VALID_FROM, TASK_FORCE.VALID_TO, date))
                .fetchOptional()
                .map(JooqTaskForces::toTaskForce);
    }

    @Override
    public Page<TaskForce> search(TaskForceQuery q, RegionScope scope, PageRequest page) {
        Condition where = scope.condition(TASK_FORCE.REGION_CODE);
        if (q.level() != null) {
            where = where.and(TASK_FORCE.LEVEL.eq(q.level().name()));
        }
        if (q.regionCode() != null) {
            where = where.and(RegionScope.of(Set.of(q.regionCode())).condition(TASK_FORCE.REGION_CODE));
        }
        if (q.validOn() != null) {
            where = where.and(AgencyRows.covers(TASK_FORCE.VALID_FROM, TASK_FORCE.VALID_TO, q.validOn()));
        }
        int total = db.fetchCount(TASK_FORCE, where);
        List<TaskForce> content = db.selectFrom(TASK_FORCE)
                .where(where)
                .orderBy(TASK_FORCE.REGION_CODE.asc().nullsFirst(), TASK_FORCE.VALID_FROM.desc(), TASK_FORCE.ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch(JooqTaskForces::toTaskForce);
        return new Page<>(content, page.page(), page.size(), total);
    }

    @Override
    @Transactional
    public Member addMember(long taskForceId, NewMember member) {
        return members.add(require(taskForceId), member);
    }

    @Override
    @Transactional
    public Member endMember(long memberId, LocalDate lastDay, int version) {
        return members.end(memberId, lastDay, version);
    }

    @Override
    @Transactional
    public Member changeMember(long memberId, MemberRole role, String title, LocalDate effectiveFrom, int version) {
        return members.change(memberId, role, title, effectiveFrom, version);
    }

    @Override
    public Optional<Member> member(long memberId) {
        return members.find(memberId);
    }

    @Override
    public List<Member> members(long taskForceId) {
        return members.all(taskForceId);
    }

    @Override
    @Transactional
    public SubTaskForce addSubTaskForce(long taskForceId, NewSubTaskForce sub) {
        return subs.add(require(taskForceId), sub);
    }

    @Override
    @Transactional
    public SubTaskForce changeSubTaskForce(
            long subTaskForceId, String name, Long coordinatingAgencyId, LocalDate effectiveFrom, int version) {
        return subs.change(subTaskForceId, name, coordinatingAgencyId, effectiveFrom, version);
    }

    @Override
    @Transactional
    public SubTaskForce endSubTaskForce(long subTaskForceId, LocalDate lastDay, int version) {
        return subs.end(subTaskForceId, lastDay, version);
    }

    @Override
    public Optional<SubTaskForce> subTaskForce(long subTaskForceId) {
        return subs.find(subTaskForceId);
    }

    @Override
    public List<SubTaskForce> subTaskForces(long taskForceId) {
        return subs.all(taskForceId);
    }

    @Override
    public Structure structureOn(long taskForceId, LocalDate date) {
        TaskForce tf = require(taskForceId);
        return new Structure(
                tf, date, tf.validity().contains(date), members.on(taskForceId, date), subs.on(taskForceId, date));
    }

    @Override
    public List<SubTaskForceTemplate> templates() {
        return subs.templates();
    }

    @Override
    @Transactional
    public SubTaskForceTemplate saveTemplate(SubTaskForceTemplate template) {
        return subs.saveTemplate(template);
    }

    static TaskForce toTaskForce(TaskForceRecord r) {
        return new TaskForce(
                r.getId(),
                r.getName(),
                id.sigap.organization.OrgLevel.valueOf(r.getLevel()),
                r.getRegionCode(),
                new LegalBasis(
                        r.getDecreeNumber(),
                        r.getDecreeDate(),
                        r.getDecreeIssuer(),
                        id.sigap.organization.DecreeKind.valueOf(r.getDecreeKind())),
                new Period(r.getValidFrom(), r.getValidTo()),
                r.getVersion());
    }
}
