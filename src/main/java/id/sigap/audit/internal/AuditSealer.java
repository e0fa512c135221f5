package id.sigap.audit.internal;

import static id.sigap.audit.internal.db.Tables.CHAIN_HEAD;
import static id.sigap.audit.internal.db.Tables.ENTRY;

import id.sigap.audit.AuditEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single writer of the hash chain. Takes the committed unsealed entries in id order and gives each the next
 * chain position ({@code seq}) and its hashes ({@code prevHash} = the hash of the entry before it), one batch per
 * short transaction under the chain head's row lock (so two sealers, e.g. two application instances, cannot fork the
 * chain). Chain order is seal order: an entry committed late simply gets a later position. Run by
 * {@link SealSchedule} every few hundred milliseconds, at shutdown and before every verification; tests call
 * {@link #seal()} directly.
 */
@Component
public class AuditSealer {

    private static final short HEAD = 1;

    private final DSLContext db;
    private final TransactionTemplate ownTransaction;
    private final int batchSize;
    private final ReentrantLock sealing = new ReentrantLock();

    AuditSealer(
            DSLContext db,
            PlatformTransactionManager transactions,
            @Value("${sigap.audit.seal-batch-size:2000}") int batchSize) {
        this.db = db;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = batchSize;
    }

    /** Seals every entry committed before this call; returns how many entries it sealed. */
    public int seal() {
        sealing.lock();
        try {
            int total = 0;
            int sealed;
            do {
                sealed = ownTransaction.execute(status -> sealBatch());
                total += sealed;
            } while (sealed == batchSize);
            return total;
        } finally {
            sealing.unlock();
        }
    }

    private int sealBatch() {
        var head = db.select(CHAIN_HEAD.LAST_SEQ, CHAIN_HEAD.LAST_HASH)
                .from(CHAIN_HEAD)
                .where(CHAIN_HEAD.ID.eq(HEAD))
                .forUpdate()
                .fetchSingle();
        List<AuditEntry> unsealed = db.selectFrom(ENTRY)
                .where(ENTRY.SEQ.isNull())
                .orderBy(ENTRY.ID)
                .limit(batchSize)
                .fetch(AuditEntries::toEntry);
        if (unsealed.isEmpty()) {
            return 0;
        }
        long seq = head.value1();
        String prevHash = head.value2();
        List<Query> updates = new ArrayList<>(unsealed.size());
        for (AuditEntry e : unsealed) {
            seq++;
            AuditEntry sealed = sealedAs(e, seq, prevHash);
            updates.add(db.update(ENTRY)
                    .set(ENTRY.SEQ, seq)
                    .set(ENTRY.PREV_HASH, prevHash)
                    .set(ENTRY.HASH, sealed.hash())
                    .where(ENTRY.ID.eq(e.id()))
                    .and(ENTRY.SEQ.isNull()));
            prevHash = sealed.hash();
        }
        db.batch(updates).execute();
        db.update(CHAIN_HEAD)
                .set(CHAIN_HEAD.LAST_SEQ, seq)
                .set(CHAIN_HEAD.LAST_HASH, prevHash)
                .where(CHAIN_HEAD.ID.eq(HEAD))
                .execute();
        return unsealed.size();
    }

    static AuditEntry sealedAs(AuditEntry e, long seq, String prevHash) {
        AuditEntry positioned = new AuditEntry(
                e.id(),
                seq,
                e.occurredAt(),
                e.actorUserId(),
                e.actorUsername(),
                e.actorAgencyId(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.regionCode(),
                e.sourceAddress(),
                e.detail(),
                prevHash,
                null);
        return positioned.withHash(EntryHash.of(positioned));
    }
}
