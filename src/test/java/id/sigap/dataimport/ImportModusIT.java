package id.sigap.dataimport;

import static id.sigap.cases.internal.db.Tables.CASE_ELEMENT;
import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CODE_ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.dataimport.internal.CodeLists;
import id.sigap.dataimport.internal.Column;
import id.sigap.organization.Agencies;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The modus column: a dropdown of the cases module's modus codes in both templates, checked and saved per case. */
@IntegrationTest
class ImportModusIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

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
    void the_modus_codes_are_the_cases_modules_list() {
        List<String> stored = db.select(CODE_ITEM.CODE)
                .from(CODE_ITEM)
                .where(CODE_ITEM.LIST.eq("MODUS"))
                .and(CODE_ITEM.ACTIVE)
                .fetch(CODE_ITEM.CODE);
        assertThat(CodeLists.of(Column.MODUS))
                .extracting(CodeLists.Entry::code)
                .containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void both_templates_offer_the_modus_as_a_dropdown_in_their_language() throws Exception {
        assertThat(modusList("id")).contains("PENIPUAN_DARING", "PMI_NONPROSEDURAL", "LAINNYA");
        assertThat(modusList("en")).contains("ONLINE_SCAM", "IRREGULAR_MIGRANT_WORKER", "OTHER");
    }

    @Test
    void the_modus_in_either_language_is_saved_with_the_case_it_creates() throws Exception {
        List<Map<Column, String>> rows = ImportSheets.rows(tag, 9);
        for (int i = 0; i < 3; i++) {
            rows.get(i).put(Column.MODUS, "PENIPUAN_DARING");
            rows.get(3 + i).put(Column.MODUS, "fishing crew");
        }
        long id = api.uploadId(worker, "modus.xlsx", ImportSheets.xlsx(rows));
        api.status(worker, id, 0, 10).andExpect(jsonPath("$.status").value("READY"));
        api.commit(worker, id).andExpect(status().isAccepted());
        api.await(worker, id, "COMMITTED", Duration.ofMinutes(1));

        assertThat(modusOf(0)).containsExactly("ONLINE_SCAM");
        assertThat(modusOf(1)).containsExactly("ABK");
        assertThat(modusOf(2)).as("no modus given, none saved").isEmpty();
    }

    @Test
    void an_unknown_modus_and_two_modus_in_one_case_are_problems_of_that_column() throws Exception {
        List<Map<Column, String>> rows = ImportSheets.rows(tag, 6);
        rows.get(0).put(Column.MODUS, "BOS");
        rows.get(3).put(Column.MODUS, "ABK");
        rows.get(4).put(Column.MODUS, "ORGAN");
        long id = api.uploadId(worker, "modus-salah.xlsx", ImportSheets.xlsx(rows));
        api.mvc()
                .perform(get("/api/v1/imports/{id}", id).param("lang", "en").with(TestUsers.as(worker)))
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.problems.content[*].column").value(Matchers.everyItem(Matchers.is("modus"))))
                .andExpect(jsonPath("$.problems.content[*].code")
                        .value(Matchers.containsInAnyOrder("import.code-unknown", "import.case-inconsistent")))
                .andExpect(jsonPath("$.problems.content[*].row").value(Matchers.containsInAnyOrder(2, 6)));
    }

    private List<String> modusOf(int caseNo) {
        return db.select(CASE_ELEMENT.CODE)
                .from(CASE_ELEMENT)
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(CASE_ELEMENT.CASE_ID))
                .where(CASE_FILE.SUMMARY.eq("Kasus uji " + tag + " nomor " + caseNo))
                .and(CASE_ELEMENT.LIST.eq("MODUS"))
                .fetch(CASE_ELEMENT.CODE);
    }

    private List<String> modusList(String lang) throws Exception {
        byte[] template = mvc.perform(
                        get("/api/v1/imports/template").param("lang", lang).with(TestUsers.as(worker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet data = wb.getSheetAt(0);
            assertThat(data.getRow(0).getCell(Column.MODUS.ordinal()).getStringCellValue())
                    .isEqualTo("Modus");
            int col = Column.MODUS.ordinal();
            return data.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == col)
                    .flatMap(v -> List.of(v.getValidationConstraint().getExplicitListValues()).stream())
                    .toList();
        }
    }
}
