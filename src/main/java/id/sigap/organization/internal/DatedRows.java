package id.sigap.organization.internal;

import static id.sigap.organization.internal.db.Tables.TASK_FORCE;

import id.sigap.organization.Period;
import id.sigap.security.AuditTrail;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * The dated rows of a task force (members, sub-task forces): a row is ended on a last day, a change ends the current
 * row the day before it takes effect (the caller then starts the new row); nothing is rewritten.
 */
@Component
class DatedRows {

    private final DSLContext db;
    private final AuditTrail audit;
    private final Clock clock;

    DatedRows(DSLContext db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    static void requireVersion(int current, int expected) {
        if (current != expected) {
            throw new SigapException.Conflict("conflict.stale");
        }
    }

    /** Whether a row matching {@code sameSubject} is valid on any day of {@code period}. */
    <R extends Record> boolean overlapsAny(DatedTable<R> t, Condition sameSubject, Period period) {
        return db.fetchExists(t.table(), sameSubject.and(AgencyRows.overlaps(t.validFrom(), t.validTo(), period)));
    }

    /** Ends the row {@code id} (valid in {@code current}) on {@code lastDay}. */
    <R extends Record> void end(
            DatedTable<R> t, long id, Period current, LocalDate lastDay, int version, String regionCode) {
        if (lastDay == null) {
            throw new SigapException.Invalid("lastDay", "field.required");
        }
        if (lastDay.isBefore(current.from()) || (current.to() != null && lastDay.isAfter(current.to()))) {
            throw new SigapException.Invalid("lastDay", "taskforce.end-outside-period");
        }
        setValidTo(t, id, lastDay, version);
        audit.updated(t.auditType(), id, regionCode, "validTo");
    }

    /** A change of a row valid in {@code current} must take effect after its first day and inside its period. */
    static void requireChangeInside(Period current, LocalDate effectiveFrom) {
        if (effectiveFrom == null) {
            throw new SigapException.Invalid("effectiveFrom", "field.required");
        }
        if (!effectiveFrom.isAfter(current.from()) || (current.to() != null && effectiveFrom.isAfter(current.to()))) {
            throw new SigapException.Invalid("effectiveFrom", "taskforce.change-outside-period");
        }
    }

    /** Ends the row {@code id} the day before a change takes effect (checked by {@link #requireChangeInside}). */
    <R extends Record> void endBefore(
            DatedTable<R> t, long id, LocalDate effectiveFrom, int version, String regionCode) {
        setValidTo(t, id, effectiveFrom.minusDays(1), version);
        audit.updated(t.auditType(), id, regionCode, "validTo");
    }

    String regionOf(long taskForceId) {
        return db.select(TASK_FORCE.REGION_CODE)
                .from(TASK_FORCE)
                .where(TASK_FORCE.ID.eq(taskForceId))
                .fetchOne(TASK_FORCE.REGION_CODE);
    }

    private <R extends Record> void setValidTo(DatedTable<R> t, long id, LocalDate lastDay, int version) {
        int updated = db.update(t.table())
                .set(t.validTo(), lastDay)
                .set(t.version(), t.version().plus(1))
                .set(t.updatedAt(), OffsetDateTime.now(clock))
                .where(t.id().eq(id).and(t.version().eq(version)))
                .execute();
        if (updated != 1) {
            throw new SigapException.Conflict("conflict.stale");
        }
    }
}
