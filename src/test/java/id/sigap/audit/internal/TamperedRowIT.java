package id.sigap.audit.internal;

import static id.sigap.audit.internal.AuditFixtures.entriesOf;
import static id.sigap.audit.internal.AuditFixtures.event;
import static id.sigap.audit.internal.AuditFixtures.uniqueType;
import static id.sigap.audit.internal.db.Tables.ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.audit.AuditEntry;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent.Action;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A DBA changes one committed audit row with SQL (trigger off, update, trigger on). The auditor's verification page,
 * the API and {@code ./sigap audit-verify} each name that row; the row is put back afterwards (the chain is shared
 * with the other tests), and the chain is intact again.
 */
@IntegrationTest
class TamperedRowIT {

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditSealer sealer;

    @Autowired
    IntegrityCheck check;

    @Autowired
    MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlatformTransactionManager transactions;

    final SigapUser nationalAuditor = TestUsers.user(Role.AUDITOR, null);

    @Test
    void one_row_changed_with_sql_is_named_by_the_page_the_api_and_audit_verify() throws Exception {
        String type = uniqueType();
        events.publishEvent(event(Action.READ, type, "p1", "53.71"));
        events.publishEvent(event(Action.READ, type, "p2", "53.71"));
        sealer.seal();
        AuditEntry target = entriesOf(db, type).getFirst();
        long seq = target.seq();
        asDba(sql -> sql.update(ENTRY)
                .set(ENTRY.OBJECT_ID, "p999")
                .where(ENTRY.SEQ.eq(seq))
                .execute());
        try {
            mvc.perform(post("/audit/verifikasi").with(csrf()).with(TestUsers.as(nationalAuditor)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-intact=\"false\"")))
                    .andExpect(content().string(containsString("entri #" + seq + " telah diubah")));
            mvc.perform(post("/api/v1/audit/verify").with(csrf()).with(TestUsers.as(nationalAuditor)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.seq").value(seq));

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            List<Integer> exits = new ArrayList<>();
            new AuditVerifyCommand(
                            "audit-verify",
                            check::run,
                            messages,
                            new PrintStream(printed, true, StandardCharsets.UTF_8),
                            exits::add)
                    .run(new DefaultApplicationArguments());
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("entry #" + seq + " was changed");
            assertThat(exits).containsExactly(3);
        } finally {
            asDba(sql -> sql.update(ENTRY)
                    .set(ENTRY.OBJECT_ID, target.objectId())
                    .where(ENTRY.SEQ.eq(seq))
                    .execute());
        }
        assertThat(check.run().intact())
                .as("put back, the chain verifies again")
                .isTrue();
    }

    /** Plays the DBA who bypasses the append-only trigger, in one committed transaction. */
    private void asDba(Consumer<DSLContext> change) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            db.execute("ALTER TABLE audit.entry DISABLE TRIGGER USER");
            change.accept(db);
            db.execute("ALTER TABLE audit.entry ENABLE TRIGGER USER");
        });
    }
}
