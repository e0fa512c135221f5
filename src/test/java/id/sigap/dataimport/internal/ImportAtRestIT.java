package id.sigap.dataimport.internal;

import static id.sigap.dataimport.internal.db.Tables.IMPORTED_ROW;
import static id.sigap.dataimport.internal.db.Tables.IMPORT_JOB;
import static id.sigap.dataimport.internal.db.Tables.IMPORT_PROBLEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.SensitiveValues;
import id.sigap.dataimport.ImportClient;
import id.sigap.dataimport.ImportFixture;
import id.sigap.dataimport.ImportSheets;
import id.sigap.organization.Agencies;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.types.DayToSecond;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Personal data of an uploaded file at rest: the file and the values of problems are only sealed in the database
 * (CSV files, whose NIKs and phones would otherwise be readable bytes), and files are kept no longer than needed.
 */
@IntegrationTest
class ImportAtRestIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    @Autowired
    ImportStore store;

    @Autowired
    SensitiveValues sensitive;

    @Test
    void the_database_holds_no_nik_or_phone_of_an_uploaded_file_in_clear() throws Exception {
        ImportClient api = new ImportClient(mvc);
        SigapUser worker = ImportFixture.kupangWorker(agencies);
        String tag = ImportFixture.tag();
        List<Map<Column, String>> rows = ImportSheets.rows(tag, 6);
        String nik = rows.get(0).get(Column.NIK);
        String phone = rows.get(0).get(Column.PHONE);
        byte[] csv = ImportSheets.csv(rows, ';');
        assertThat(contains(csv, nik))
                .as("the file itself has the NIK in clear")
                .isTrue();

        long clean = api.uploadId(worker, "kasus.csv", csv);
        assertThat(api.json(worker, clean)).containsEntry("status", "READY");
        byte[] kept = db.fetchValue(IMPORT_JOB.CONTENT_SEALED, IMPORT_JOB.ID.eq(clean));
        assertThat(kept).isNotNull();
        assertThat(contains(kept, nik)).isFalse();
        assertThat(contains(kept, phone)).isFalse();
        assertThat(rowText(clean)).doesNotContain(nik).doesNotContain(tag);
        assertThat(store.content(clean)).contains(csv);

        // A NIK that disagrees with the birth date is a problem whose value is the NIK: shown to the user, sealed.
        List<Map<Column, String>> bad = ImportSheets.rows(tag + "b", 3);
        String badNik = bad.get(1).get(Column.NIK);
        bad.get(1).put(Column.BIRTH_DATE, "1970-01-01");
        long invalid = api.uploadId(worker, "salah.csv", ImportSheets.csv(bad, ';'));
        api.status(worker, invalid, 0, 50)
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.problems.content[?(@.column == 'nik')].value")
                        .value(org.hamcrest.Matchers.hasItem(badNik)));
        assertThat(db.fetchValue(IMPORT_JOB.CONTENT_SEALED, IMPORT_JOB.ID.eq(invalid)))
                .as("an invalid file is not kept")
                .isNull();
        List<byte[]> values = db.select(IMPORT_PROBLEM.VALUE_SEALED)
                .from(IMPORT_PROBLEM)
                .where(IMPORT_PROBLEM.IMPORT_ID.eq(invalid))
                .fetch(IMPORT_PROBLEM.VALUE_SEALED);
        assertThat(values).isNotEmpty().noneMatch(v -> v != null && contains(v, badNik));
        assertThat(db.select(DSL.field("row_to_json(p)::text", String.class))
                        .from(IMPORT_PROBLEM.as("p"))
                        .where(DSL.field(DSL.name("p", "import_id"), Long.class).eq(invalid))
                        .fetch(0, String.class))
                .noneMatch(text -> text.contains(badNik));
        // A sealed value is bound to its import and place: under another context it does not open.
        byte[] oneValue = values.stream().filter(v -> v != null).findFirst().orElseThrow();
        assertThatThrownBy(() -> sensitive.open(oneValue, ImportProblems.context(clean, 0)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void files_never_committed_are_purged_after_the_retention_and_a_commit_deletes_its_file() throws Exception {
        ImportClient api = new ImportClient(mvc);
        SigapUser worker = ImportFixture.kupangWorker(agencies);
        String tag = ImportFixture.tag();
        long forgotten = api.uploadId(worker, "lupa.csv", ImportSheets.csv(ImportSheets.rows(tag, 3), ';'));

        // Only this import is moved into the past, so that imports of other tests (a shared database) stay as they are.
        OffsetDateTime at = db.update(IMPORT_JOB)
                .set(IMPORT_JOB.UPLOADED_AT, IMPORT_JOB.UPLOADED_AT.minus(new DayToSecond(30)))
                .where(IMPORT_JOB.ID.eq(forgotten))
                .returning(IMPORT_JOB.UPLOADED_AT)
                .fetchSingle(IMPORT_JOB.UPLOADED_AT);
        Duration retention = Duration.ofDays(7);
        new ImportRetention(store, at(at.plus(retention).minusSeconds(1)), retention).purge();
        assertThat(api.json(worker, forgotten)).containsEntry("status", "READY");
        assertThat(store.content(forgotten)).isPresent();

        var purged = new ImportRetention(store, at(at.plus(retention).plusSeconds(1)), retention).purge();
        assertThat(purged.expired()).isGreaterThanOrEqualTo(1);
        Map<String, Object> expired = api.json(worker, forgotten);
        assertThat(expired).containsEntry("status", "EXPIRED").containsEntry("rowCount", 3);
        assertThat(expired.get("fileSha256")).isNotNull();
        assertThat(db.fetchValue(IMPORT_JOB.CONTENT_SEALED, IMPORT_JOB.ID.eq(forgotten)))
                .isNull();
        api.commit(worker, forgotten)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("import.content-expired"));

        String tag2 = ImportFixture.tag();
        long saved = api.uploadId(worker, "simpan.csv", ImportSheets.csv(ImportSheets.rows(tag2, 3), ';'));
        api.commit(worker, saved).andExpect(status().isAccepted());
        Map<String, Object> done = api.await(worker, saved, "COMMITTED", Duration.ofMinutes(1));
        assertThat(done).containsEntry("personsCreated", 3);
        assertThat(done.get("fileSha256")).isNotNull();
        assertThat(db.fetchValue(IMPORT_JOB.CONTENT_SEALED, IMPORT_JOB.ID.eq(saved)))
                .isNull();
        assertThat(db.fetchCount(IMPORTED_ROW, IMPORTED_ROW.IMPORT_ID.eq(saved)))
                .isEqualTo(3);
    }

    @Test
    void a_reading_left_parsing_by_a_dead_process_fails_after_a_while() throws Exception {
        ImportClient api = new ImportClient(mvc);
        SigapUser worker = ImportFixture.kupangWorker(agencies);
        long id = api.uploadId(worker, "mati.csv", ImportSheets.csv(ImportSheets.rows(ImportFixture.tag(), 3), ';'));
        // As if its process had died while reading it an hour ago.
        OffsetDateTime at = db.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, "PARSING")
                .set(IMPORT_JOB.UPLOADED_AT, IMPORT_JOB.UPLOADED_AT.minus(new DayToSecond(0, 1)))
                .where(IMPORT_JOB.ID.eq(id))
                .returning(IMPORT_JOB.UPLOADED_AT)
                .fetchSingle(IMPORT_JOB.UPLOADED_AT);

        Duration limit = Duration.ofMinutes(ImportRetention.PARSING_MINUTES);
        new ImportRetention(store, at(at.plus(limit).minusSeconds(1)), Duration.ofDays(7)).purge();
        assertThat(api.json(worker, id)).containsEntry("status", "PARSING");
        new ImportRetention(store, at(at.plus(limit).plusSeconds(1)), Duration.ofDays(7)).purge();
        assertThat(api.json(worker, id))
                .containsEntry("status", "FAILED")
                .containsEntry("lastError", "import.parse-interrupted");
        assertThat(db.fetchValue(IMPORT_JOB.CONTENT_SEALED, IMPORT_JOB.ID.eq(id)))
                .isNull();
    }

    private static Clock at(OffsetDateTime now) {
        return Clock.fixed(now.toInstant(), ZoneOffset.UTC);
    }

    private String rowText(long id) {
        return db.select(DSL.field("row_to_json(j)::text", String.class))
                .from(IMPORT_JOB.as("j"))
                .where(DSL.field(DSL.name("j", "id"), Long.class).eq(id))
                .fetchSingle(0, String.class);
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
