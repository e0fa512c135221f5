package id.sigap.audit.internal;

import static id.sigap.audit.internal.db.Tables.ENTRY;

import id.sigap.audit.AuditEntry;
import id.sigap.shared.AuditEvent;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/** Events with unique object types, so tests find their own entries (in insertion order) in a shared database. */
final class AuditFixtures {

    private AuditFixtures() {}

    static String uniqueType() {
        return "it-" + UUID.randomUUID();
    }

    static AuditEvent event(AuditEvent.Action action, String objectType, String objectId, String region) {
        return new AuditEvent(42L, "auditor.it", 7L, action, objectType, objectId, region, "127.0.0.1", "note");
    }

    static List<AuditEntry> entriesOf(DSLContext db, String objectType) {
        return db.selectFrom(ENTRY)
                .where(ENTRY.OBJECT_TYPE.eq(objectType))
                .orderBy(ENTRY.ID)
                .fetch(AuditEntries::toEntry);
    }

    static AuditEntry entryAt(DSLContext db, long seq) {
        return db.selectFrom(ENTRY).where(ENTRY.SEQ.eq(seq)).fetchSingle(AuditEntries::toEntry);
    }
}
