package id.sigap.audit.internal;

import static id.sigap.audit.internal.AuditFixtures.entriesOf;
import static id.sigap.audit.internal.AuditFixtures.event;
import static id.sigap.audit.internal.AuditFixtures.uniqueType;
import static id.sigap.audit.internal.db.Tables.CHAIN_HEAD;
import static id.sigap.audit.internal.db.Tables.ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.audit.AuditEntry;
import id.sigap.audit.ChainVerdict;
import id.sigap.audit.ChainVerdict.Reason;
import id.sigap.shared.AuditEvent.Action;
import id.sigap.support.IntegrationTest;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A DBA who bypasses the append-only trigger and edits the table is found out. Each tampering happens in a
 * transaction that is rolled back afterwards (the verification runs inside it), so the shared chain stays intact.
 */
@IntegrationTest
class ChainVerificationIT {

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    PlatformTransactionManager transactions;

    List<AuditEntry> mine;

    @BeforeEach
    void appendThreeEntries() {
        String type = uniqueType();
        for (int i = 1; i <= 3; i++) {
            events.publishEvent(event(Action.READ, type, "p" + i, "53.71"));
        }
        mine = entriesOf(db, type);
    }

    @Test
    void an_untouched_chain_is_intact_with_every_entry_counted() {
        ChainVerdict verdict = verifier.verify();
        assertThat(verdict).isInstanceOf(ChainVerdict.Intact.class);
        assertThat(verdict.entries()).isGreaterThanOrEqualTo(mine.getLast().seq());
    }

    @Test
    void a_changed_entry_is_reported_by_its_seq() {
        long seq = mine.get(1).seq();
        ChainVerdict verdict = tampered(db -> db.update(ENTRY)
                .set(ENTRY.OBJECT_ID, "p999")
                .where(ENTRY.SEQ.eq(seq))
                .execute());

        assertThat(verdict).isEqualTo(new ChainVerdict.Tampered(seq, Reason.HASH_MISMATCH, seq - 1));
        assertThat(verifier.verify().intact()).as("after the rollback").isTrue();
    }

    @Test
    void a_changed_time_is_detected() {
        long seq = mine.get(1).seq();
        ChainVerdict verdict = tampered(db -> db.update(ENTRY)
                .set(ENTRY.OCCURRED_AT, ENTRY.OCCURRED_AT.minus(1))
                .where(ENTRY.SEQ.eq(seq))
                .execute());

        assertThat(verdict).isEqualTo(new ChainVerdict.Tampered(seq, Reason.HASH_MISMATCH, seq - 1));
    }

    @Test
    void a_changed_entry_whose_hash_was_recomputed_breaks_the_link_to_the_next() {
        AuditEntry target = mine.get(1);
        AuditEntry forged = new AuditEntry(
                target.seq(),
                target.occurredAt(),
                target.actorUserId(),
                target.actorUsername(),
                target.actorAgencyId(),
                target.action(),
                target.objectType(),
                "p999",
                target.regionCode(),
                target.sourceAddress(),
                target.detail(),
                target.prevHash(),
                null);
        String forgedHash = EntryHash.of(forged);
        ChainVerdict verdict = tampered(db -> db.update(ENTRY)
                .set(ENTRY.OBJECT_ID, "p999")
                .set(ENTRY.HASH, forgedHash)
                .where(ENTRY.SEQ.eq(target.seq()))
                .execute());

        long next = target.seq() + 1;
        assertThat(verdict).isEqualTo(new ChainVerdict.Tampered(next, Reason.BROKEN_LINK, next - 1));
    }

    @Test
    void a_deleted_middle_entry_is_reported_as_a_gap() {
        long seq = mine.get(1).seq();
        ChainVerdict verdict =
                tampered(db -> db.deleteFrom(ENTRY).where(ENTRY.SEQ.eq(seq)).execute());

        assertThat(verdict).isEqualTo(new ChainVerdict.Tampered(seq, Reason.GAP, seq - 1));
    }

    @Test
    void a_cut_off_tail_is_reported() {
        long head =
                db.select(CHAIN_HEAD.LAST_SEQ).from(CHAIN_HEAD).fetchSingle().value1();
        ChainVerdict verdict = tampered(
                db -> db.deleteFrom(ENTRY).where(ENTRY.SEQ.ge(head - 1)).execute());

        assertThat(verdict).isEqualTo(new ChainVerdict.Tampered(head - 1, Reason.GAP, head - 2));
    }

    @Test
    void small_batches_walk_the_same_chain() {
        assertThat(new ChainVerifier(db, 2).verify()).isInstanceOf(ChainVerdict.Intact.class);
        long seq = mine.get(2).seq();
        ChainVerdict verdict = tampered(
                db -> db.update(ENTRY)
                        .set(ENTRY.DETAIL, (String) null)
                        .where(ENTRY.SEQ.eq(seq))
                        .execute(),
                new ChainVerifier(db, 2));
        assertThat(verdict).isEqualTo(new ChainVerdict.Tampered(seq, Reason.HASH_MISMATCH, seq - 1));
    }

    private ChainVerdict tampered(Consumer<DSLContext> tampering) {
        return tampered(tampering, verifier);
    }

    /** Plays the DBA: trigger off, change, verify, and roll everything back. */
    private ChainVerdict tampered(Consumer<DSLContext> tampering, ChainVerifier with) {
        return new TransactionTemplate(transactions).execute(tx -> {
            db.execute("ALTER TABLE audit.entry DISABLE TRIGGER entry_append_only");
            tampering.accept(db);
            ChainVerdict verdict = with.verify();
            tx.setRollbackOnly();
            return verdict;
        });
    }
}
