package id.sigap.dataimport;

import static id.sigap.dataimport.internal.db.Tables.IMPORTED_CASE;
import static id.sigap.dataimport.internal.db.Tables.IMPORTED_ROW;
import static id.sigap.dataimport.internal.db.Tables.IMPORT_JOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.dataimport.internal.ImportDesk;
import id.sigap.organization.Agencies;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A commit killed half-way: its database connection is terminated by PostgreSQL (pg_terminate_backend from another
 * connection, as when the process dies) while rows are being written. Nothing of the import is left; an import still
 * marked COMMITTING (the process died before it could say otherwise) is READY again at the next start (the
 * recovery that runs at start, {@link ImportDesk#recover}); committing
 * again then saves everything.
 */
@IntegrationTest
class ImportKillIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    @Autowired
    ImportDesk desk;

    @Test
    void a_commit_killed_midway_leaves_nothing_and_can_be_committed_again_after_a_restart() throws Exception {
        ImportClient api = new ImportClient(mvc);
        SigapUser worker = ImportFixture.kupangWorker(agencies);
        String tag = ImportFixture.tag();
        int n = 6000;
        long id = api.uploadId(worker, "besar.xlsx", ImportSheets.xlsx(ImportSheets.rows(tag, n)));
        api.commit(worker, id).andExpect(status().isAccepted());

        int killed = killWhenHalfWritten(worker, api, id);
        assertThat(killed).as("the commit's connection was terminated").isEqualTo(1);
        Map<String, Object> after = api.await(worker, id, "READY", Duration.ofMinutes(2));
        assertThat(after.get("lastError")).isNotNull();
        assertNothingOf(id, tag);

        // As if the process had died with the import marked COMMITTING: the next start puts it back to READY.
        db.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, "COMMITTING")
                .where(IMPORT_JOB.ID.eq(id))
                .execute();
        assertThat(desk.recover()).isGreaterThanOrEqualTo(1);
        assertThat(db.fetchValue(IMPORT_JOB.STATUS, IMPORT_JOB.ID.eq(id))).isEqualTo("READY");
        assertNothingOf(id, tag);

        api.commit(worker, id).andExpect(status().isAccepted());
        Map<String, Object> done = api.await(worker, id, "COMMITTED", Duration.ofMinutes(3));
        assertThat(done).containsEntry("personsCreated", n);
        assertThat(ImportFixture.persons(db, tag)).isEqualTo(n);
        assertThat(db.fetchCount(IMPORTED_ROW, IMPORTED_ROW.IMPORT_ID.eq(id))).isEqualTo(n);
    }

    /** Waits until the commit has written part of the rows, then terminates its connection; how many were. */
    private int killWhenHalfWritten(SigapUser worker, ImportClient api, long id) throws Exception {
        Instant end = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(end)) {
            Map<String, Object> s = api.json(worker, id);
            @SuppressWarnings("unchecked")
            Map<String, Object> progress = (Map<String, Object>) s.get("progress");
            int done = ((Number) progress.get("done")).intValue();
            if (done > 0) {
                List<Boolean> terminated = db.select(DSL.field("pg_terminate_backend(pid)", Boolean.class))
                        .from(DSL.table(DSL.name("pg_catalog", "pg_stat_activity")))
                        .where(DSL.field(DSL.name("application_name"), String.class)
                                .eq("sigap-import-" + id))
                        .fetch(0, Boolean.class);
                if (!terminated.isEmpty()) {
                    return terminated.size();
                }
            }
            if (!"COMMITTING".equals(s.get("status"))) {
                throw new AssertionError("commit ended before it could be killed: " + s.get("status"));
            }
            Thread.sleep(5);
        }
        throw new AssertionError("commit never got under way");
    }

    private void assertNothingOf(long id, String tag) {
        assertThat(ImportFixture.persons(db, tag)).isZero();
        assertThat(db.fetchCount(IMPORTED_ROW, IMPORTED_ROW.IMPORT_ID.eq(id))).isZero();
        assertThat(db.fetchCount(IMPORTED_CASE, IMPORTED_CASE.IMPORT_ID.eq(id))).isZero();
    }
}
