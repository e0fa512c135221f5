package id.sigap.dataimport;

import static id.sigap.cases.internal.db.Tables.CODE_ITEM;
import static id.sigap.cases.internal.db.Tables.PERSON;
import static id.sigap.cases.internal.db.Tables.VICTIM_RECRUITMENT;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The optional recruitment_channel column: a dropdown of the cases module's CHANNEL codes in both templates, saved
 * per victim, refused on other roles and for unknown codes; files made before the column existed still import.
 */
@IntegrationTest
class ImportRecruitmentChannelIT {

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
    void the_channel_codes_are_the_cases_modules_list_and_both_templates_offer_them() throws Exception {
        List<String> stored = db.select(CODE_ITEM.CODE)
                .from(CODE_ITEM)
                .where(CODE_ITEM.LIST.eq("CHANNEL"))
                .and(CODE_ITEM.ACTIVE)
                .fetch(CODE_ITEM.CODE);
        assertThat(CodeLists.of(Column.RECRUITMENT_CHANNEL))
                .extracting(CodeLists.Entry::code)
                .containsExactlyInAnyOrderElementsOf(stored);
        assertThat(dropdown("id")).contains("SPONSOR_CALO", "MEDIA_SOSIAL", "TIDAK_DIKETAHUI");
        assertThat(dropdown("en")).contains("SPONSOR_OR_LOCAL_BROKER", "SOCIAL_MEDIA", "UNKNOWN");
    }

    @Test
    void the_channel_in_either_language_is_saved_for_each_victim() throws Exception {
        List<Map<Column, String>> rows = ImportSheets.rows(tag, 9);
        rows.get(0).put(Column.RECRUITMENT_CHANNEL, "SPONSOR_CALO");
        rows.get(3).put(Column.RECRUITMENT_CHANNEL, "social media");
        long id = api.uploadId(worker, "saluran.xlsx", ImportSheets.xlsx(rows));
        api.status(worker, id, 0, 10).andExpect(jsonPath("$.status").value("READY"));
        api.commit(worker, id).andExpect(status().isAccepted());
        api.await(worker, id, "COMMITTED", Duration.ofMinutes(1));

        assertThat(channelOf(0)).containsExactly("SPONSOR_OR_LOCAL_BROKER");
        assertThat(channelOf(3)).containsExactly("SOCIAL_MEDIA");
        assertThat(channelOf(6)).as("no channel given, none saved").isEmpty();
    }

    @Test
    void a_channel_on_a_witness_and_an_unknown_channel_are_problems_of_that_column() throws Exception {
        List<Map<Column, String>> rows = ImportSheets.rows(tag, 6);
        rows.get(1).put(Column.RECRUITMENT_CHANNEL, "KELUARGA"); // a witness
        rows.get(3).put(Column.RECRUITMENT_CHANNEL, "MERPATI_POS");
        long id = api.uploadId(worker, "saluran-salah.xlsx", ImportSheets.xlsx(rows));
        api.mvc()
                .perform(get("/api/v1/imports/{id}", id).param("lang", "en").with(TestUsers.as(worker)))
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.problems.content[*].column")
                        .value(Matchers.everyItem(Matchers.is("recruitment_channel"))))
                .andExpect(jsonPath("$.problems.content[*].code")
                        .value(Matchers.containsInAnyOrder(
                                "import.recruitment-channel-victims-only", "import.code-unknown")))
                .andExpect(jsonPath("$.problems.content[*].row").value(Matchers.containsInAnyOrder(3, 5)));
        assertThat(channelOf(0)).isEmpty();
    }

    @Test
    void a_file_made_before_the_column_existed_still_imports() throws Exception {
        List<Map<Column, String>> rows = ImportSheets.rows(tag, 6);
        String full = new String(ImportSheets.csv(rows, ';'), StandardCharsets.UTF_8);
        // drop the last column (recruitment_channel): header and every row
        String old = full.lines()
                .map(line -> line.substring(0, line.lastIndexOf(';')))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        assertThat(old.lines().findFirst().orElseThrow()).endsWith(";modus").doesNotContain("recruitment_channel");
        long id = api.uploadId(worker, "lama.csv", old.getBytes(StandardCharsets.UTF_8));
        api.status(worker, id, 0, 10).andExpect(jsonPath("$.status").value("READY"));
        api.commit(worker, id).andExpect(status().isAccepted());
        api.await(worker, id, "COMMITTED", Duration.ofMinutes(1));
        assertThat(db.fetchCount(PERSON, PERSON.FULL_NAME.startsWith("Orang Uji " + tag + " ")))
                .isEqualTo(6);
        assertThat(channelOf(0)).isEmpty();
    }

    private List<String> channelOf(int row) {
        return db.select(VICTIM_RECRUITMENT.CHANNEL)
                .from(VICTIM_RECRUITMENT)
                .join(PERSON)
                .on(PERSON.ID.eq(VICTIM_RECRUITMENT.PERSON_ID))
                .where(PERSON.FULL_NAME.eq("Orang Uji " + tag + " " + row))
                .fetch(VICTIM_RECRUITMENT.CHANNEL);
    }

    private List<String> dropdown(String lang) throws Exception {
        byte[] template = mvc.perform(
                        get("/api/v1/imports/template").param("lang", lang).with(TestUsers.as(worker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet data = wb.getSheetAt(0);
            int col = Column.RECRUITMENT_CHANNEL.ordinal();
            assertThat(data.getRow(0).getCell(col).getStringCellValue())
                    .isEqualTo("en".equals(lang) ? "Recruitment channel" : "Saluran perekrutan");
            return data.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == col)
                    .flatMap(v -> List.of(v.getValidationConstraint().getExplicitListValues()).stream())
                    .toList();
        }
    }
}
