package id.sigap.organization.internal;

import static id.sigap.organization.internal.db.Tables.SUB_TASK_FORCE;
import static id.sigap.organization.internal.db.Tables.TASK_FORCE;
import static id.sigap.organization.internal.db.Tables.TASK_FORCE_MEMBER;

import id.sigap.organization.Period;
import id.sigap.organization.TaskForce;
import id.sigap.security.AuditTrail;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Keeps task-force periods consistent: one task force per region at a time, and members and sub-task forces inside
 * their task force's period.
 */
@Component
class TaskForcePeriods {

    private final DSLContext db;
    private final AuditTrail audit;
    private final Clock clock;

    TaskForcePeriods(DSLContext db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    static SigapException overlap() {
        return new SigapException.Conflict("taskforce.overlap");
    }

    private static Condition sameRegion(String regionCode) {
        return DSL.coalesce(TASK_FORCE.REGION_CODE, "").eq(regionCode == null ? "" : regionCode);
    }

    /** A row without an end in a task force that ends: the row ends with the task force. */
    static Period capped(Period row, Period taskForce) {
        if (row.to() == null
                && taskForce.to() != null
                && (row.from() == null || !row.from().isAfter(taskForce.to()))) {
            return new Period(row.from(), taskForce.to());
        }
        return row;
    }

    void requireNoOverlap(String regionCode, Period validity, Long selfId) {
        Condition c =
                sameRegion(regionCode).and(AgencyRows.overlaps(TASK_FORCE.VALID_FROM, TASK_FORCE.VALID_TO, validity));
        if (db.fetchExists(TASK_FORCE, selfId == null ? c : c.and(TASK_FORCE.ID.ne(selfId)))) {
            throw overlap();
        }
    }

    /** A new decree replaces the open-ended task force of the region: it (and its open rows) end the day before. */
    void endPredecessor(String regionCode, LocalDate newStart) {
        var open = db.selectFrom(TASK_FORCE)
                .where(sameRegion(regionCode).and(TASK_FORCE.VALID_TO.isNull()).and(TASK_FORCE.VALID_FROM.lt(newStart)))
                .fetchOptional()
                .map(JooqTaskForces::toTaskForce);
        if (open.isEmpty()) {
            return;
        }
        TaskForce predecessor = open.get();
        LocalDate lastDay = newStart.minusDays(1);
        fitRowsInto(predecessor, new Period(predecessor.validity().from(), lastDay));
        db.update(TASK_FORCE)
                .set(TASK_FORCE.VALID_TO, lastDay)
                .set(TASK_FORCE.VERSION, TASK_FORCE.VERSION.plus(1))
                .set(TASK_FORCE.UPDATED_AT, OffsetDateTime.now(clock))
                .where(TASK_FORCE.ID.eq(predecessor.id()))
                .execute();
        audit.updated(JooqTaskForces.AUDIT_TYPE, predecessor.id(), regionCode, "validTo");
    }

    /**
     * Members and sub-task forces must lie inside {@code validity}: rows starting outside it are refused, rows running
     * past its end are ended on its last day.
     */
    void fitRowsInto(TaskForce tf, Period validity) {
        long id = tf.id();
        boolean startsEarly = db.fetchExists(
                        TASK_FORCE_MEMBER,
                        TASK_FORCE_MEMBER.TASK_FORCE_ID.eq(id).and(TASK_FORCE_MEMBER.VALID_FROM.lt(validity.from())))
                || db.fetchExists(
                        SUB_TASK_FORCE,
                        SUB_TASK_FORCE.TASK_FORCE_ID.eq(id).and(SUB_TASK_FORCE.VALID_FROM.lt(validity.from())));
        if (startsEarly) {
            throw new SigapException.Invalid("validFrom", "taskforce.rows-outside-period");
        }
        LocalDate end = validity.to();
        if (end == null) {
            return;
        }
        boolean startsLate = db.fetchExists(
                        TASK_FORCE_MEMBER,
                        TASK_FORCE_MEMBER.TASK_FORCE_ID.eq(id).and(TASK_FORCE_MEMBER.VALID_FROM.gt(end)))
                || db.fetchExists(
                        SUB_TASK_FORCE, SUB_TASK_FORCE.TASK_FORCE_ID.eq(id).and(SUB_TASK_FORCE.VALID_FROM.gt(end)));
        if (startsLate) {
            throw new SigapException.Invalid("validTo", "taskforce.rows-outside-period");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        var endedMembers = db.update(TASK_FORCE_MEMBER)
                .set(TASK_FORCE_MEMBER.VALID_TO, end)
                .set(TASK_FORCE_MEMBER.VERSION, TASK_FORCE_MEMBER.VERSION.plus(1))
                .set(TASK_FORCE_MEMBER.UPDATED_AT, now)
                .where(TASK_FORCE_MEMBER.TASK_FORCE_ID.eq(id))
                .and(TASK_FORCE_MEMBER.VALID_TO.isNull().or(TASK_FORCE_MEMBER.VALID_TO.gt(end)))
                .returning(TASK_FORCE_MEMBER.ID)
                .fetch(TASK_FORCE_MEMBER.ID);
        endedMembers.forEach(m -> audit.updated(MembershipLedger.AUDIT_TYPE, m, tf.regionCode(), "validTo"));
        var endedSubs = db.update(SUB_TASK_FORCE)
                .set(SUB_TASK_FORCE.VALID_TO, end)
                .set(SUB_TASK_FORCE.VERSION, SUB_TASK_FORCE.VERSION.plus(1))
                .set(SUB_TASK_FORCE.UPDATED_AT, now)
                .where(SUB_TASK_FORCE.TASK_FORCE_ID.eq(id))
                .and(SUB_TASK_FORCE.VALID_TO.isNull().or(SUB_TASK_FORCE.VALID_TO.gt(end)))
                .returning(SUB_TASK_FORCE.ID)
                .fetch(SUB_TASK_FORCE.ID);
        endedSubs.forEach(s -> audit.updated(SubTaskForceLedger.AUDIT_TYPE, s, tf.regionCode(), "validTo"));
    }
}
