package id.sigap.dataimport;

import static id.sigap.dataimport.internal.db.Tables.IMPORT_JOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.sigap.dataimport.internal.Column;
import id.sigap.organization.Agencies;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The import's "must show": idempotent re-import of 10,000 rows; every problem named before anything is saved. */
@IntegrationTest
class ImportMustShowIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    @Test
    void the_same_10000_row_file_imported_twice_adds_nothing_the_second_time() throws Exception {
        ImportClient api = new ImportClient(mvc);
        SigapUser worker = ImportFixture.kupangWorker(agencies);
        String tag = ImportFixture.tag();
        byte[] file = ImportSheets.xlsx(ImportSheets.rows(tag, 10_000));

        // The upload answers with the import's id before reading it: the file is read and checked in the background.
        String uploaded = api.upload(worker, "kasus.xlsx", file)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PARSING"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long first = ((Number) com.jayway.jsonpath.JsonPath.read(uploaded, "$.id")).longValue();
        api.awaitRead(worker, first, Duration.ofMinutes(2));
        // an import still being read cannot be committed (the state is set here, not raced against the reader)
        db.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, "PARSING")
                .where(IMPORT_JOB.ID.eq(first))
                .execute();
        api.commit(worker, first)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("import.parsing"));
        db.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, "READY")
                .where(IMPORT_JOB.ID.eq(first))
                .execute();
        api.status(worker, first, 0, 10)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.rowCount").value(10_000))
                .andExpect(jsonPath("$.caseCount").value(3334))
                .andExpect(jsonPath("$.problemCount").value(0));
        assertThat(ImportFixture.persons(db, tag)).isZero();
        api.commit(worker, first).andExpect(status().isAccepted());
        Map<String, Object> done = api.await(worker, first, "COMMITTED", Duration.ofMinutes(3));
        assertThat(done).containsEntry("personsCreated", 10_000).containsEntry("casesCreated", 3334);
        assertThat(ImportFixture.persons(db, tag)).isEqualTo(10_000);

        long second = api.uploadId(worker, "kasus-lagi.xlsx", file);
        api.commit(worker, second).andExpect(status().isAccepted());
        Map<String, Object> again = api.await(worker, second, "COMMITTED", Duration.ofMinutes(3));
        assertThat(again)
                .containsEntry("personsCreated", 0)
                .containsEntry("casesCreated", 0)
                .containsEntry("rowsSkipped", 10_000);
        assertThat(ImportFixture.persons(db, tag)).isEqualTo(10_000);
        api.commit(worker, second)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("import.already-committed"));
    }

    @Test
    void thirty_bad_rows_among_1000_are_all_named_with_row_and_column_and_nothing_is_saved_until_a_clean_file()
            throws Exception {
        ImportClient api = new ImportClient(mvc);
        SigapUser worker = ImportFixture.kupangWorker(agencies);
        String tag = ImportFixture.tag();
        List<Map<Column, String>> rows = ImportSheets.rows(tag, 1000);
        Map<Integer, Column> expected = new HashMap<>();
        for (int k = 0; k < 30; k++) {
            int i = 7 + k * 33;
            Map<Column, String> row = rows.get(i);
            Column column = spoil(row, k);
            expected.put(i + 2, column);
        }

        long id = api.uploadId(worker, "buruk.xlsx", ImportSheets.xlsx(rows));
        String body = api.status(worker, id, 0, 100)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.problemCount").value(30))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> problems = JsonPath.read(body, "$.problems.content");
        Set<String> named = new HashSet<>();
        for (Map<String, Object> p : problems) {
            named.add(p.get("row") + ":" + p.get("column"));
            assertThat((String) p.get("reason")).isNotBlank().doesNotStartWith("error.");
            assertThat((String) p.get("cell")).endsWith(String.valueOf(p.get("row")));
        }
        Set<String> wanted = new HashSet<>();
        expected.forEach((row, column) -> wanted.add(row + ":" + column.key()));
        assertThat(named).isEqualTo(wanted);

        api.commit(worker, id)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("import.has-problems"));
        assertThat(ImportFixture.persons(db, tag)).isZero();

        long clean = api.uploadId(worker, "baik.xlsx", ImportSheets.xlsx(ImportSheets.rows(tag, 1000)));
        assertThat(ImportFixture.persons(db, tag)).isZero();
        api.commit(worker, clean).andExpect(status().isAccepted());
        api.await(worker, clean, "COMMITTED", Duration.ofMinutes(2));
        assertThat(ImportFixture.persons(db, tag)).isEqualTo(1000);
    }

    @Test
    void a_later_file_adds_its_new_rows_to_the_cases_it_names_by_key_and_skips_the_rows_already_imported()
            throws Exception {
        ImportClient api = new ImportClient(mvc);
        SigapUser worker = ImportFixture.kupangWorker(agencies);
        String tag = ImportFixture.tag();
        List<Map<Column, String>> first = ImportSheets.rows(tag, 6);
        long a = api.uploadId(worker, "a.xlsx", ImportSheets.xlsx(first));
        api.commit(worker, a).andExpect(status().isAccepted());
        assertThat(api.await(worker, a, "COMMITTED", Duration.ofMinutes(1)))
                .containsEntry("casesCreated", 2)
                .containsEntry("personsCreated", 6);

        List<Map<Column, String>> second = ImportSheets.rows(tag, 12);
        for (int i = 9; i < 12; i++) {
            second.get(i).put(Column.CASE_KEY, first.get(0).get(Column.CASE_KEY));
            second.get(i).put(Column.CASE_REGION, first.get(0).get(Column.CASE_REGION));
            second.get(i).put(Column.CASE_SUMMARY, first.get(0).get(Column.CASE_SUMMARY));
        }
        long b = api.uploadId(worker, "b.xlsx", ImportSheets.xlsx(second));
        api.commit(worker, b).andExpect(status().isAccepted());
        assertThat(api.await(worker, b, "COMMITTED", Duration.ofMinutes(1)))
                .containsEntry("casesCreated", 1)
                .containsEntry("personsCreated", 6)
                .containsEntry("rowsSkipped", 6);
        assertThat(ImportFixture.persons(db, tag)).isEqualTo(12);
    }

    /** Makes one cell of the row wrong in one of ten ways; the column that must be named. */
    static Column spoil(Map<Column, String> row, int k) {
        return switch (k % 10) {
            case 0 -> put(row, Column.NIK, "123");
            case 1 -> put(row, Column.BIRTH_DATE, "31-31-1990");
            case 2 -> put(row, Column.ROLE, "BOS");
            case 3 -> put(row, Column.CASE_REGION, "63.71");
            case 4 -> put(row, Column.CASE_REGION, "Kupang");
            case 5 -> put(row, Column.FULL_NAME, "=cmd|' /C calc'!A0");
            case 6 -> put(row, Column.ESTIMATED_AGE, "abc");
            case 7 -> put(row, Column.SEX, "X");
            case 8 -> put(row, Column.FULL_NAME, "");
            default -> put(row, Column.NATIONALITY, "ZZ");
        };
    }

    private static Column put(Map<Column, String> row, Column c, String value) {
        row.put(c, value);
        return c;
    }
}
