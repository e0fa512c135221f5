package id.sigap.organization.internal;

import static id.sigap.organization.internal.db.Tables.AGENCY;
import static id.sigap.organization.internal.db.Tables.TASK_FORCE_MEMBER;

import id.sigap.organization.Member;
import id.sigap.organization.MemberRole;
import id.sigap.organization.NewMember;
import id.sigap.organization.Period;
import id.sigap.organization.TaskForce;
import id.sigap.organization.internal.db.tables.records.TaskForceMemberRecord;
import id.sigap.security.AuditTrail;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Dated memberships of agencies in task forces. A change ends a row and starts a new one; nothing is rewritten. */
@Component
class MembershipLedger {

    static final String AUDIT_TYPE = "task_force_member";
    private static final String NO_OVERLAP = "task_force_member_no_overlap";
    private static final DatedTable<TaskForceMemberRecord> TABLE = new DatedTable<>(
            AUDIT_TYPE,
            TASK_FORCE_MEMBER,
            TASK_FORCE_MEMBER.ID,
            TASK_FORCE_MEMBER.VALID_FROM,
            TASK_FORCE_MEMBER.VALID_TO,
            TASK_FORCE_MEMBER.VERSION,
            TASK_FORCE_MEMBER.UPDATED_AT);

    private final DSLContext db;
    private final AgencyRows agencies;
    private final DatedRows datedRows;
    private final AuditTrail audit;
    private final Clock clock;

    MembershipLedger(DSLContext db, AgencyRows agencies, DatedRows datedRows, AuditTrail audit, Clock clock) {
        this.db = db;
        this.agencies = agencies;
        this.datedRows = datedRows;
        this.audit = audit;
        this.clock = clock;
    }

    static SigapException overlap() {
        return new SigapException.Conflict("taskforce.member-overlap");
    }

    @Transactional
    Member add(TaskForce tf, NewMember m) {
        var agency = db.select(AGENCY.REGION_CODE)
                .from(AGENCY)
                .where(AGENCY.ID.eq(m.agencyId()))
                .fetchOptional();
        if (agency.isEmpty()) {
            throw new SigapException.Invalid("agencyId", "agency.not-found");
        }
        if (!Eligibility.mayServe(tf.regionCode(), agency.get().value1())) {
            throw new SigapException.Invalid("agencyId", "taskforce.agency-not-eligible");
        }
        Period period = TaskForcePeriods.capped(m.period(), tf.validity());
        if (!tf.validity().encloses(period)) {
            throw new SigapException.Invalid("validFrom", "taskforce.outside-period");
        }
        if (datedRows.overlapsAny(
                TABLE,
                TASK_FORCE_MEMBER.TASK_FORCE_ID.eq(tf.id()).and(TASK_FORCE_MEMBER.AGENCY_ID.eq(m.agencyId())),
                period)) {
            throw overlap();
        }
        long id = insert(tf.id(), m.agencyId(), m.role(), m.positionTitle(), period);
        audit.created(AUDIT_TYPE, id, tf.regionCode());
        return require(id);
    }

    @Transactional
    Member end(long memberId, LocalDate lastDay, int version) {
        Member current = require(memberId);
        DatedRows.requireVersion(current.version(), version);
        datedRows.end(TABLE, memberId, current.period(), lastDay, version, datedRows.regionOf(current.taskForceId()));
        return require(memberId);
    }

    @Transactional
    Member change(long memberId, MemberRole role, String title, LocalDate effectiveFrom, int version) {
        Member current = require(memberId);
        DatedRows.requireVersion(current.version(), version);
        DatedRows.requireChangeInside(current.period(), effectiveFrom);
        NewMember next = new NewMember(
                current.agencyId(), role, title, effectiveFrom, current.period().to());
        String region = datedRows.regionOf(current.taskForceId());
        datedRows.endBefore(TABLE, memberId, effectiveFrom, version, region);
        long id = insert(current.taskForceId(), current.agencyId(), next.role(), next.positionTitle(), next.period());
        audit.created(AUDIT_TYPE, id, region);
        return require(id);
    }

    Optional<Member> find(long memberId) {
        return db.selectFrom(TASK_FORCE_MEMBER).where(TASK_FORCE_MEMBER.ID.eq(memberId)).fetch().stream()
                .findFirst()
                .map(r -> toMember(r, agencies.currentNames(List.of(r.getAgencyId()))));
    }

    List<Member> all(long taskForceId) {
        var rows = db.selectFrom(TASK_FORCE_MEMBER)
                .where(TASK_FORCE_MEMBER.TASK_FORCE_ID.eq(taskForceId))
                .orderBy(TASK_FORCE_MEMBER.VALID_FROM, TASK_FORCE_MEMBER.ID)
                .fetch();
        Map<Long, String> names = agencies.currentNames(rows.getValues(TASK_FORCE_MEMBER.AGENCY_ID));
        return rows.map(r -> toMember(r, names));
    }

    /** Members valid on {@code date}, by role then name, with agency names of that date. */
    List<Member> on(long taskForceId, LocalDate date) {
        Condition valid = AgencyRows.covers(TASK_FORCE_MEMBER.VALID_FROM, TASK_FORCE_MEMBER.VALID_TO, date);
        Result<TaskForceMemberRecord> rows = db.selectFrom(TASK_FORCE_MEMBER)
                .where(TASK_FORCE_MEMBER.TASK_FORCE_ID.eq(taskForceId).and(valid))
                .fetch();
        Map<Long, String> names = agencies.namesOn(rows.getValues(TASK_FORCE_MEMBER.AGENCY_ID), date);
        return rows.map(r -> toMember(r, names)).stream()
                .sorted(Comparator.comparing(Member::role)
                        .thenComparing(Member::agencyName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private Member require(long id) {
        return find(id).orElseThrow(() -> new SigapException.NotFound("taskforce.member-not-found"));
    }

    private long insert(long taskForceId, long agencyId, MemberRole role, String title, Period period) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return ConstraintViolations.guard(
                () -> db.insertInto(TASK_FORCE_MEMBER)
                        .set(TASK_FORCE_MEMBER.TASK_FORCE_ID, taskForceId)
                        .set(TASK_FORCE_MEMBER.AGENCY_ID, agencyId)
                        .set(TASK_FORCE_MEMBER.ROLE, role.name())
                        .set(TASK_FORCE_MEMBER.POSITION_TITLE, title)
                        .set(TASK_FORCE_MEMBER.VALID_FROM, period.from())
                        .set(TASK_FORCE_MEMBER.VALID_TO, period.to())
                        .set(TASK_FORCE_MEMBER.CREATED_AT, now)
                        .set(TASK_FORCE_MEMBER.UPDATED_AT, now)
                        .returning(TASK_FORCE_MEMBER.ID)
                        .fetchSingle(TASK_FORCE_MEMBER.ID),
                NO_OVERLAP,
                MembershipLedger::overlap);
    }

    private static Member toMember(TaskForceMemberRecord r, Map<Long, String> names) {
        return new Member(
                r.getId(),
                r.getTaskForceId(),
                r.getAgencyId(),
                names.get(r.getAgencyId()),
                MemberRole.valueOf(r.getRole()),
                r.getPositionTitle(),
                new Period(r.getValidFrom(), r.getValidTo()),
                r.getVersion());
    }
}
