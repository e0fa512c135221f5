package id.sigap.audit.internal;

import static id.sigap.audit.internal.db.Tables.CHAIN_HEAD;
import static id.sigap.audit.internal.db.Tables.ENTRY;

import id.sigap.audit.AuditEntry;
import id.sigap.shared.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Appends one entry at the end of the chain, inside the caller's transaction (which the caller must have). The
 * chain head row is locked first ({@code SELECT ... FOR UPDATE}), so concurrent appends queue up and the chain stays
 * linear; seq and time are taken under that lock, so both grow together.
 */
@Component
public class AuditAppender {

    private static final short HEAD = 1;

    private final DSLContext db;
    private final Clock clock;

    AuditAppender(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public AuditEntry append(AuditEvent event) {
        var head = db.select(CHAIN_HEAD.LAST_SEQ, CHAIN_HEAD.LAST_HASH)
                .from(CHAIN_HEAD)
                .where(CHAIN_HEAD.ID.eq(HEAD))
                .forUpdate()
                .fetchSingle();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(
                head.value1() + 1,
                at,
                event.actorUserId(),
                clean(event.actorUsername(), 200),
                event.actorAgencyId(),
                event.action().name(),
                clean(event.objectType(), 100),
                clean(event.objectId(), 200),
                clean(event.regionCode(), 32),
                clean(event.sourceAddress(), 100),
                clean(event.detail(), 500),
                head.value2(),
                null);
        entry = entry.withHash(EntryHash.of(entry));
        db.insertInto(ENTRY)
                .set(ENTRY.SEQ, entry.seq())
                .set(ENTRY.OCCURRED_AT, at.atOffset(ZoneOffset.UTC))
                .set(ENTRY.ACTOR_USER_ID, entry.actorUserId())
                .set(ENTRY.ACTOR_USERNAME, entry.actorUsername())
                .set(ENTRY.ACTOR_AGENCY_ID, entry.actorAgencyId())
                .set(ENTRY.ACTION, entry.action())
                .set(ENTRY.OBJECT_TYPE, entry.objectType())
                .set(ENTRY.OBJECT_ID, entry.objectId())
                .set(ENTRY.REGION_CODE, entry.regionCode())
                .set(ENTRY.SOURCE_ADDRESS, entry.sourceAddress())
                .set(ENTRY.DETAIL, entry.detail())
                .set(ENTRY.PREV_HASH, entry.prevHash())
                .set(ENTRY.HASH, entry.hash())
                .execute();
        db.update(CHAIN_HEAD)
                .set(CHAIN_HEAD.LAST_SEQ, entry.seq())
                .set(CHAIN_HEAD.LAST_HASH, entry.hash())
                .where(CHAIN_HEAD.ID.eq(HEAD))
                .execute();
        return entry;
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
