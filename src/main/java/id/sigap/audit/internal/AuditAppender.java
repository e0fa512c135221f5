package id.sigap.audit.internal;

import static id.sigap.audit.internal.db.Tables.ENTRY;

import id.sigap.audit.internal.db.tables.records.EntryRecord;
import id.sigap.shared.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.InsertSetStep;
import org.springframework.stereotype.Component;

/**
 * Inserts entries unsealed (an identity id, no chain position, no hashes) in the caller's transaction, which the
 * caller must have. No lock is taken: concurrent writers do not wait for each other. {@link AuditSealer} later
 * chains the committed entries.
 */
@Component
public class AuditAppender {

    private final DSLContext db;
    private final Clock clock;

    AuditAppender(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void append(AuditEvent event) {
        appendAll(List.of(event));
    }

    /** Inserts the entries in one statement, in the given order (their ids grow in that order). */
    public void appendAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        OffsetDateTime at = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        InsertSetStep<EntryRecord> next = db.insertInto(ENTRY);
        InsertSetMoreStep<EntryRecord> insert = null;
        for (AuditEvent event : events) {
            insert = next.set(ENTRY.OCCURRED_AT, at)
                    .set(ENTRY.ACTOR_USER_ID, event.actorUserId())
                    .set(ENTRY.ACTOR_USERNAME, clean(event.actorUsername(), 200))
                    .set(ENTRY.ACTOR_AGENCY_ID, event.actorAgencyId())
                    .set(ENTRY.ACTION, event.action().name())
                    .set(ENTRY.OBJECT_TYPE, clean(event.objectType(), 100))
                    .set(ENTRY.OBJECT_ID, clean(event.objectId(), 200))
                    .set(ENTRY.REGION_CODE, clean(event.regionCode(), 32))
                    .set(ENTRY.SOURCE_ADDRESS, clean(event.sourceAddress(), 100))
                    .set(ENTRY.DETAIL, clean(event.detail(), 500));
            next = insert.newRecord();
        }
        insert.execute();
    }

    /**
     * What PostgreSQL will store and give back unchanged: no NUL characters (text cannot hold them), at most
     * {@code max} characters, valid UTF-8 (a lone surrogate becomes '?', as the driver would make it).
     */
    static String clean(String value, int max) {
        if (value == null) {
            return null;
        }
        String s = value.replace("\u0000", "");
        if (s.length() > max) {
            s = s.substring(0, max);
        }
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
