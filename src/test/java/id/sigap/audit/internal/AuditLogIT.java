package id.sigap.audit.internal;

import static id.sigap.audit.internal.AuditFixtures.entriesOf;
import static id.sigap.audit.internal.AuditFixtures.entryAt;
import static id.sigap.audit.internal.AuditFixtures.event;
import static id.sigap.audit.internal.AuditFixtures.uniqueType;
import static id.sigap.audit.internal.db.Tables.CHAIN_HEAD;
import static id.sigap.audit.internal.db.Tables.ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.audit.AuditEntry;
import id.sigap.security.AuditTrail;
import id.sigap.shared.AuditEvent.Action;
import id.sigap.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditLogIT {

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditSealer sealer;

    @Autowired
    java.time.Clock clock;

    @Test
    void every_kind_of_event_is_appended_and_linked_to_the_entry_before_it_once_sealed() {
        String type = uniqueType();
        for (Action action : Action.values()) {
            events.publishEvent(event(action, type, action.name(), "53.71"));
        }
        assertThat(entriesOf(db, type)).as("inserted unsealed").allMatch(e -> !e.sealed() && e.hash() == null);

        sealer.seal();
        List<AuditEntry> entries = entriesOf(db, type);
        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactlyElementsOf(
                        Arrays.stream(Action.values()).map(Action::name).toList());
        for (AuditEntry e : entries) {
            assertThat(e.actorUserId()).isEqualTo(42L);
            assertThat(e.actorUsername()).isEqualTo("auditor.it");
            assertThat(e.actorAgencyId()).isEqualTo(7L);
            assertThat(e.objectId()).isEqualTo(e.action());
            assertThat(e.regionCode()).isEqualTo("53.71");
            assertThat(e.sourceAddress()).isEqualTo("127.0.0.1");
            assertThat(e.detail()).isEqualTo("note");
            assertThat(EntryHash.of(e)).isEqualTo(e.hash());
            String before =
                    e.seq() == 1 ? EntryHash.GENESIS : entryAt(db, e.seq() - 1).hash();
            assertThat(e.prevHash()).isEqualTo(before);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void the_audit_trail_of_the_security_module_reaches_the_log() {
        String type = uniqueType();
        auditTrail.read(type, 123, "53.71");
        auditTrail.deleted(type, 124, "53.71");

        assertThat(entriesOf(db, type))
                .extracting(AuditEntry::action, AuditEntry::objectId, AuditEntry::actorUserId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("READ", "123", null),
                        org.assertj.core.groups.Tuple.tuple("DELETE", "124", null));
    }

    @Test
    void a_write_whose_transaction_rolls_back_leaves_no_entry() {
        String type = uniqueType();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            events.publishEvent(event(Action.CREATE, type, "1", "53.71"));
            events.publishEvent(event(Action.UPDATE, type, "1", "53.71"));
            tx.setRollbackOnly();
        });
        sealer.seal();

        assertThat(entriesOf(db, type)).isEmpty();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void a_write_is_appended_when_its_transaction_commits_in_the_order_published() {
        String type = uniqueType();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            events.publishEvent(event(Action.CREATE, type, "1", "53.71"));
            events.publishEvent(event(Action.UPDATE, type, "1", "53.71"));
            assertThat(entriesOf(db, type)).as("not before the commit").isEmpty();
        });

        assertThat(entriesOf(db, type)).extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void a_read_in_a_read_only_transaction_that_rolls_back_is_still_logged() {
        String type = uniqueType();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(tx -> {
            events.publishEvent(event(Action.READ, type, "9", "53.71"));
            events.publishEvent(event(Action.ACCESS_DENIED, type, "10", "63.01"));
            tx.setRollbackOnly();
        });

        assertThat(entriesOf(db, type)).extracting(AuditEntry::action).containsExactly("READ", "ACCESS_DENIED");
    }

    @Test
    void the_reads_of_one_transaction_are_inserted_together_just_before_it_commits() {
        String type = uniqueType();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(tx -> {
            for (int i = 0; i < 11; i++) {
                events.publishEvent(event(Action.READ, type, "r" + i, "53.71"));
            }
            assertThat(entriesOf(db, type)).as("collected until the commit").isEmpty();
        });

        List<AuditEntry> entries = entriesOf(db, type);
        assertThat(entries)
                .extracting(AuditEntry::objectId)
                .containsExactlyElementsOf(
                        IntStream.range(0, 11).mapToObj(i -> "r" + i).toList());
        assertThat(entries.stream().map(AuditEntry::occurredAt).distinct())
                .as("one insert")
                .hasSize(1);
    }

    @Test
    void a_nested_new_transaction_keeps_its_own_writes() {
        String type = uniqueType();
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        new TransactionTemplate(transactions).executeWithoutResult(outer -> {
            events.publishEvent(event(Action.CREATE, type, "outer", "53.71"));
            inner.executeWithoutResult(tx -> events.publishEvent(event(Action.CREATE, type, "inner", "53.71")));
            outer.setRollbackOnly();
        });

        assertThat(entriesOf(db, type)).extracting(AuditEntry::objectId).containsExactly("inner");
    }

    @Test
    void when_the_audit_append_fails_the_write_is_rolled_back_too() throws Exception {
        db.execute("CREATE TABLE IF NOT EXISTS public.audit_it_probe (id text PRIMARY KEY)");
        String type = uniqueType();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> blocker = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                db.execute("LOCK TABLE audit.entry IN SHARE MODE");
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                        db.execute("SET LOCAL lock_timeout = '200ms'");
                        db.insertInto(DSL.table("public.audit_it_probe"), DSL.field("id"))
                                .values(type)
                                .execute();
                        events.publishEvent(event(Action.CREATE, type, "1", "53.71"));
                    }))
                    .isInstanceOf(DataAccessException.class);
            release.countDown();
            blocker.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdown();
        }

        assertThat(db.fetchCount(
                        DSL.table("public.audit_it_probe"), DSL.field("id").eq(type)))
                .isZero();
        assertThat(entriesOf(db, type)).isEmpty();
    }

    @Test
    void the_log_refuses_updates_deletes_and_truncation() {
        String type = uniqueType();
        events.publishEvent(event(Action.READ, type, "1", "53.71"));
        long unsealedId = entriesOf(db, type).getFirst().id();
        assertThatThrownBy(() -> db.update(ENTRY)
                        .set(ENTRY.DETAIL, "changed")
                        .where(ENTRY.ID.eq(unsealedId))
                        .execute())
                .as("not even before it is sealed")
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.insertInto(ENTRY)
                        .set(ENTRY.SEQ, Long.MAX_VALUE)
                        .set(ENTRY.OCCURRED_AT, java.time.OffsetDateTime.now(clock))
                        .set(ENTRY.ACTION, "READ")
                        .set(ENTRY.OBJECT_TYPE, type)
                        .set(ENTRY.PREV_HASH, EntryHash.GENESIS)
                        .set(ENTRY.HASH, EntryHash.GENESIS)
                        .execute())
                .as("an entry arrives unsealed")
                .rootCause()
                .hasMessageContaining("append-only");
        sealer.seal();
        long seq = entriesOf(db, type).getFirst().seq();
        assertThatThrownBy(() -> db.update(ENTRY)
                        .set(ENTRY.SEQ, seq + 1_000_000)
                        .where(ENTRY.SEQ.eq(seq))
                        .execute())
                .as("a sealed entry is not resealed")
                .rootCause()
                .hasMessageContaining("append-only");

        assertThatThrownBy(() -> db.update(ENTRY)
                        .set(ENTRY.DETAIL, "changed")
                        .where(ENTRY.SEQ.eq(seq))
                        .execute())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.deleteFrom(ENTRY).where(ENTRY.SEQ.eq(seq)).execute())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.truncate(ENTRY).execute()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.deleteFrom(CHAIN_HEAD).execute())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(
                        () -> db.update(CHAIN_HEAD).set(CHAIN_HEAD.LAST_SEQ, 0L).execute())
                .rootCause()
                .hasMessageContaining("forward");

        assertThat(entriesOf(db, type).getFirst().detail()).isEqualTo("note");
    }

    @Test
    void concurrent_writers_from_eight_threads_end_sealed_in_one_linear_chain_without_loss() throws Exception {
        String type = uniqueType();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                jobs.add(() -> {
                    for (int i = 0; i < 50; i++) {
                        String id = thread + "-" + i;
                        if (i % 2 == 0) {
                            new TransactionTemplate(transactions)
                                    .executeWithoutResult(
                                            tx -> events.publishEvent(event(Action.CREATE, type, id, "53.71")));
                        } else {
                            events.publishEvent(event(Action.READ, type, id, "53.71"));
                        }
                        if (i % 10 == 0) {
                            sealer.seal(); // sealing while others write
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(jobs, 2, TimeUnit.MINUTES)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        sealer.seal();

        List<AuditEntry> entries = entriesOf(db, type);
        assertThat(entries).hasSize(400).allMatch(AuditEntry::sealed);
        assertThat(entries.stream().map(AuditEntry::objectId).distinct()).hasSize(400);
        assertThat(entries.stream().map(AuditEntry::seq).distinct()).hasSize(400);
        for (AuditEntry e : entries) {
            assertThat(e.prevHash()).isEqualTo(entryAt(db, e.seq() - 1).hash());
            assertThat(EntryHash.of(e)).isEqualTo(e.hash());
        }
        assertThat(verifier.verify()).isInstanceOf(id.sigap.audit.ChainVerdict.Intact.class);
    }

    @Test
    void an_entry_committed_late_gets_a_later_chain_position() throws Exception {
        String type = uniqueType();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                new AuditAppenderProbe(db, clock).insert(type, "early-id");
                inserted.countDown();
                await(commit);
            }));
            assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
            events.publishEvent(event(Action.READ, type, "committed-first", "53.71"));
            sealer.seal();
            assertThat(entriesOf(db, type)).extracting(AuditEntry::objectId).containsExactly("committed-first");
            commit.countDown();
            slow.get(30, TimeUnit.SECONDS);
        } finally {
            commit.countDown();
            pool.shutdown();
        }
        sealer.seal();

        List<AuditEntry> entries = entriesOf(db, type);
        assertThat(entries).extracting(AuditEntry::objectId).containsExactly("early-id", "committed-first");
        assertThat(entries.get(0).id()).isLessThan(entries.get(1).id());
        assertThat(entries.get(0).seq()).isGreaterThan(entries.get(1).seq());
        assertThat(verifier.verify().intact()).isTrue();
    }

    /** Inserts an unsealed entry in the current transaction, as the appender does. */
    private record AuditAppenderProbe(DSLContext db, java.time.Clock clock) {
        void insert(String type, String objectId) {
            db.insertInto(ENTRY)
                    .set(ENTRY.OCCURRED_AT, java.time.OffsetDateTime.now(clock))
                    .set(ENTRY.ACTION, "CREATE")
                    .set(ENTRY.OBJECT_TYPE, type)
                    .set(ENTRY.OBJECT_ID, objectId)
                    .execute();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
