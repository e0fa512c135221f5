package id.sigap.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.dataimport.internal.Column;
import id.sigap.organization.Agencies;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Broken, foreign and hostile files become problems or clean 400s, never a 500; the template reads back. */
@IntegrationTest
class ImportHostileIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    ImportClient api;
    SigapUser worker;
    String tag;

    @BeforeEach
    void worker() {
        api = new ImportClient(mvc);
        worker = ImportFixture.kupangWorker(agencies);
        tag = ImportFixture.tag();
    }

    @Test
    void unreadable_files_are_one_clear_problem() throws Exception {
        fileProblem(
                "rusak.xlsx",
                "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1),
                "import.xlsx-unreadable");
        byte[] latin1 = new String(ImportSheets.csv(ImportSheets.rows(tag, 2), ','), StandardCharsets.UTF_8)
                .replace("Petani", "Pétani")
                .getBytes(Charset.forName("windows-1252"));
        fileProblem("latin.csv", latin1, "import.csv-encoding");
        fileProblem("tab.csv", ImportSheets.csv(ImportSheets.rows(tag, 2), '\t'), "import.csv-delimiter");
        fileProblem(
                "quotes.csv",
                "case_key,full_name\n\"unclosed,x\n".getBytes(StandardCharsets.UTF_8),
                "import.csv-unreadable");
        api.upload(worker, "kosong.csv", new byte[0])
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("import.file-empty"));
        api.upload(worker, "besar.csv", new byte[20 * 1024 * 1024 + 1])
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("import.file-too-large"));
    }

    @Test
    void a_semicolon_csv_with_region_names_is_read_and_hostile_cells_are_problems() throws Exception {
        List<Map<Column, String>> rows = ImportSheets.rows(tag, 6);
        long clean = api.uploadId(worker, "titik-koma.csv", ImportSheets.csv(rows, ';'));
        api.status(worker, clean, 0, 10)
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.format").value("CSV"))
                .andExpect(jsonPath("$.caseCount").value(2));

        rows.get(0).put(Column.FULL_NAME, "=cmd|' /C calc'!A0");
        rows.get(1).put(Column.OCCUPATION, "x".repeat(30_000));
        rows.get(2).put(Column.ESTIMATED_AGE, "tiga puluh");
        rows.get(3).put(Column.CASE_REGION, "Kupang");
        rows.get(4).put(Column.BIRTH_DATE, "kemarin");
        long bad = api.uploadId(worker, "jahat.xlsx", ImportSheets.xlsx(rows));
        api.mvc()
                .perform(get("/api/v1/imports/{id}", bad).param("lang", "en").with(TestUsers.as(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.problems.content[*].code")
                        .value(Matchers.containsInAnyOrder(
                                "import.formula",
                                "import.too-long",
                                "import.number-invalid",
                                "import.region-ambiguous",
                                "import.date-invalid")))
                .andExpect(jsonPath("$.problems.content[3].reason")
                        .value(Matchers.allOf(Matchers.containsString("53.01"), Matchers.containsString("53.71"))))
                .andExpect(jsonPath("$.problems.content[1].value").value(Matchers.hasLength(101)));
    }

    @Test
    void the_english_template_has_validation_and_a_readme_and_reads_back() throws Exception {
        byte[] template = api.mvc()
                .perform(get("/api/v1/imports/template").param("lang", "en").with(TestUsers.as(worker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("README");
            XSSFSheet data = wb.getSheetAt(0);
            assertThat(data.getRow(0).getCell(Column.FULL_NAME.ordinal()).getStringCellValue())
                    .isEqualTo("Full name *");
            assertThat(data.getDataValidations()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(data.getDataValidations().stream()
                            .filter(v -> v.getValidationConstraint().getExplicitListValues() != null)
                            .flatMap(v -> List.of(v.getValidationConstraint().getExplicitListValues()).stream()))
                    .contains("VICTIM", "SUSPECT", "RECRUITER", "F", "M", "YES", "NO");
            Row row = data.createRow(1);
            Map<Column, String> values = ImportSheets.row(tag, 0);
            values.put(Column.ROLE, "VICTIM");
            values.put(Column.SEX, "F");
            values.put(Column.ABROAD, "YES");
            values.put(Column.CHILD_INVOLVED, "NO");
            values.forEach((c, v) -> row.createCell(c.ordinal()).setCellValue(v));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            filled = out.toByteArray();
        }
        long id = api.uploadId(worker, "template.xlsx", filled);
        api.status(worker, id, 0, 10)
                .andExpect(jsonPath("$.problemCount").value(0))
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.rowCount").value(1));
    }

    private void fileProblem(String name, byte[] content, String code) throws Exception {
        long id = api.uploadId(worker, name, content);
        api.status(worker, id, 0, 10)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.problems.content[*].code").value(Matchers.hasItem(code)));
    }
}
