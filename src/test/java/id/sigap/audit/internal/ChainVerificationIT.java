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

    @Autowired
    AuditSealer sealer;

    @Autowired
    java.time.Clock clock;

    List<AuditEntry> mine;

    @BeforeEach
    void appendThreeEntries() {
        String type = uniqueType();
        for (int i = 1; i <= 3; i++) {
            events.publishEvent(event(Action.READ, type, "p" + i, "53.71"));
        }
        sealer.seal();
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
                target.id(),
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
    void an_inserted_entry_with_a_forged_seal_after_the_head_is_reported() {
        long head =
                db.select(CHAIN_HEAD.LAST_SEQ).from(CHAIN_HEAD).fetchSingle().value1();
        AuditEntry last = AuditFixtures.entryAt(db, head);
        AuditEntry forged = AuditSealer.sealedAs(mine.getFirst(), head + 1, last.hash());
        ChainVerdict verdict = tampered(db -> db.insertInto(ENTRY)
                .set(ENTRY.SEQ, forged.seq())
                .set(ENTRY.OCCURRED_AT, forged.occurredAt().atOffset(java.time.ZoneOffset.UTC))
                .set(ENTRY.ACTOR_USER_ID, forged.actorUserId())
                .set(ENTRY.ACTOR_USERNAME, forged.actorUsername())
                .set(ENTRY.ACTOR_AGENCY_ID, forged.actorAgencyId())
                .set(ENTRY.ACTION, forged.action())
                .set(ENTRY.OBJECT_TYPE, forged.objectType())
                .set(ENTRY.OBJECT_ID, "forged")
                .set(ENTRY.REGION_CODE, forged.regionCode())
                .set(ENTRY.SOURCE_ADDRESS, forged.sourceAddress())
                .set(ENTRY.DETAIL, forged.detail())
                .set(ENTRY.PREV_HASH, forged.prevHash())
                .set(ENTRY.HASH, forged.hash())
                .execute());

        assertThat(verdict).isEqualTo(new ChainVerdict.Tampered(head + 1, Reason.HEAD_MISMATCH, head));
    }

    @Test
    void an_entry_left_unsealed_past_the_grace_period_is_reported_a_young_one_is_pending() {
        String type = uniqueType();
        events.publishEvent(event(Action.READ, type, "late", "53.71"));
        long id = entriesOf(db, type).getFirst().id();
        java.time.Clock later = java.time.Clock.offset(clock, java.time.Duration.ofMinutes(2));

        ChainVerdict young = new ChainVerifier(db, 5000, clock, java.time.Duration.ofMinutes(1)).verify();
        ChainVerdict old = new ChainVerifier(db, 5000, later, java.time.Duration.ofMinutes(1)).verify();

        assertThat(young).isInstanceOf(ChainVerdict.Intact.class);
        assertThat(((ChainVerdict.Intact) young).pending()).isGreaterThanOrEqualTo(1);
        assertThat(old).isInstanceOf(ChainVerdict.Tampered.class);
        assertThat(((ChainVerdict.Tampered) old).reason()).isEqualTo(Reason.UNSEALED);
        assertThat(((ChainVerdict.Tampered) old).seq()).isLessThanOrEqualTo(id);
        sealer.seal();
        assertThat(new ChainVerifier(db, 5000, later, java.time.Duration.ofMinutes(1))
                        .verify()
                        .intact())
                .isTrue();
    }

    @Test
    void small_batches_walk_the_same_chain() {
        assertThat(new ChainVerifier(db, 2, clock, java.time.Duration.ofMinutes(1)).verify())
                .isInstanceOf(ChainVerdict.Intact.class);
        long seq = mine.get(2).seq();
        ChainVerdict verdict = tampered(
                db -> db.update(ENTRY)
                        .set(ENTRY.DETAIL, (String) null)
                        .where(ENTRY.SEQ.eq(seq))
                        .execute(),
                new ChainVerifier(db, 2, clock, java.time.Duration.ofMinutes(1)));
        assertThat(verdict).isEqualTo(new ChainVerdict.Tampered(seq, Reason.HASH_MISMATCH, seq - 1));
    }

    private ChainVerdict tampered(Consumer<DSLContext> tampering) {
        return tampered(tampering, verifier);
    }

    /** Plays the DBA: trigger off, change, verify, and roll everything back. */
    private ChainVerdict tampered(Consumer<DSLContext> tampering, ChainVerifier with) {
        return new TransactionTemplate(transactions).execute(tx -> {
            db.execute("ALTER TABLE audit.entry DISABLE TRIGGER USER");
            tampering.accept(db);
            ChainVerdict verdict = with.verify();
            tx.setRollbackOnly();
            return verdict;
        });
    }
}
