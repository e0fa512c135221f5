package id.sigap.audit.internal;

import static id.sigap.audit.internal.db.Tables.CHAIN_HEAD;
import static id.sigap.audit.internal.db.Tables.ENTRY;

import id.sigap.audit.AuditEntry;
import id.sigap.audit.ChainVerdict;
import id.sigap.audit.ChainVerdict.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Walks the sealed chain in seq order, in batches (keyset paging on the unique chain position, so memory stays
 * constant for millions of entries), recomputing each hash. Stops at the first entry that is not as written. Then
 * looks at what is beyond the chain: a sealed entry past the head is a forgery; unsealed entries younger than
 * {@code sigap.audit.unsealed-grace} (1 minute) are pending, an older one means the sealer is not doing its work.
 * Works inside the caller's transaction if there is one (the tamper tests rely on that), otherwise statement by
 * statement: the head is read first, and every entry up to it was committed with it.
 */
@Component
public class ChainVerifier {

    private final DSLContext db;
    private final int batchSize;
    private final Clock clock;
    private final Duration grace;

    ChainVerifier(
            DSLContext db,
            @Value("${sigap.audit.verify-batch-size:5000}") int batchSize,
            Clock clock,
            @Value("${sigap.audit.unsealed-grace:1m}") Duration grace) {
        this.db = db;
        this.batchSize = batchSize;
        this.clock = clock;
        this.grace = grace;
    }

    public ChainVerdict verify() {
        var head = db.select(CHAIN_HEAD.LAST_SEQ, CHAIN_HEAD.LAST_HASH)
                .from(CHAIN_HEAD)
                .fetchSingle();
        long headSeq = head.value1();
        long expected = 1;
        String prevHash = EntryHash.GENESIS;
        while (expected <= headSeq) {
            List<AuditEntry> batch = batchFrom(expected, headSeq);
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry e : batch) {
                if (e.seq() != expected) {
                    return new ChainVerdict.Tampered(expected, Reason.GAP, expected - 1);
                }
                if (!e.prevHash().equals(prevHash)) {
                    return new ChainVerdict.Tampered(e.seq(), Reason.BROKEN_LINK, expected - 1);
                }
                if (!EntryHash.of(e).equals(e.hash())) {
                    return new ChainVerdict.Tampered(e.seq(), Reason.HASH_MISMATCH, expected - 1);
                }
                prevHash = e.hash();
                expected++;
            }
        }
        long checked = expected - 1;
        if (checked < headSeq) {
            return new ChainVerdict.Tampered(expected, Reason.GAP, checked);
        }
        if (!prevHash.equals(head.value2())) {
            return new ChainVerdict.Tampered(headSeq, Reason.HEAD_MISMATCH, checked);
        }
        Long beyond = db.select(ENTRY.SEQ)
                .from(ENTRY)
                .where(ENTRY.SEQ.gt(headSeq))
                .orderBy(ENTRY.SEQ)
                .limit(1)
                .fetchOne(ENTRY.SEQ);
        if (beyond != null) {
            return new ChainVerdict.Tampered(beyond, Reason.HEAD_MISMATCH, checked);
        }
        var overdue = ENTRY.OCCURRED_AT.lt(clock.instant().minus(grace).atOffset(ZoneOffset.UTC));
        Long stale = db.select(ENTRY.ID)
                .from(ENTRY)
                .where(ENTRY.SEQ.isNull())
                .and(overdue)
                .orderBy(ENTRY.ID)
                .limit(1)
                .fetchOne(ENTRY.ID);
        if (stale != null) {
            return new ChainVerdict.Tampered(stale, Reason.UNSEALED, checked);
        }
        return new ChainVerdict.Intact(checked, db.fetchCount(ENTRY, ENTRY.SEQ.isNull()));
    }

    private List<AuditEntry> batchFrom(long fromSeq, long toSeq) {
        return db.selectFrom(ENTRY)
                .where(ENTRY.SEQ.between(fromSeq, toSeq))
                .orderBy(ENTRY.SEQ)
                .limit(batchSize)
                .fetch(AuditEntries::toEntry);
    }
}
