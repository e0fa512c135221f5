package id.sigap.audit.internal;

import static id.sigap.audit.internal.db.Tables.CHAIN_HEAD;
import static id.sigap.audit.internal.db.Tables.ENTRY;

import id.sigap.audit.AuditEntry;
import id.sigap.audit.ChainVerdict;
import id.sigap.audit.ChainVerdict.Reason;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Walks the whole chain in seq order, in batches (keyset paging on the primary key, so memory stays constant
 * for millions of entries), recomputing each hash. Stops at the first entry that is not as written. Works inside
 * the caller's transaction if there is one (the tamper tests rely on that), otherwise statement by statement:
 * the head is read first, and every entry up to it was committed with it.
 */
@Component
public class ChainVerifier {

    private final DSLContext db;
    private final int batchSize;

    ChainVerifier(DSLContext db, @Value("${sigap.audit.verify-batch-size:5000}") int batchSize) {
        this.db = db;
        this.batchSize = batchSize;
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
        return new ChainVerdict.Intact(checked);
    }

    private List<AuditEntry> batchFrom(long fromSeq, long toSeq) {
        return db.selectFrom(ENTRY)
                .where(ENTRY.SEQ.between(fromSeq, toSeq))
                .orderBy(ENTRY.SEQ)
                .limit(batchSize)
                .fetch(AuditEntries::toEntry);
    }
}
