package id.sigap.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.internal.db.Tables;
import id.sigap.exchange.internal.HtcdsDesk;
import id.sigap.exchange.internal.HtcdsImport;
import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The HTCDS import page: upload, a preview listing every problem in the user's language with nothing saved, saving
 * all or nothing, a second import creating nothing, oversized and malformed files refused cleanly, and users without
 * the role or outside the region refused.
 */
@IntegrationTest
class HtcdsImportPageIT {

    static final String HEADER = "cas_CaseNumber,cas_Status,x_sigap_RegionCode,x_sigap_OpenedDate,prs_Gender,"
            + "vic_TraffickingStatus,vic_AgeWhenTrafficked,vic_TypeOfExploitation,vic_MethodOfRecruitment\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    @Autowired
    HtcdsDesk desk;

    String prefix;
    SigapUser kupangWorker;
    SigapUser kupangAnalyst;
    SigapUser banjarIntake;

    @BeforeEach
    void users() {
        prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long kupang = agencies.create(NewAgency.of("UPTD PPA Kupang impor " + tag, AgencyType.UPTD_PPA, "53.71"))
                .id();
        long banjar = agencies.create(NewAgency.of("UPTD PPA Banjar impor " + tag, AgencyType.UPTD_PPA, "63.71"))
                .id();
        kupangWorker = TestUsers.user(kupang, new Grant(Role.CASE_WORKER, "53.71"));
        kupangAnalyst = TestUsers.user(kupang, new Grant(Role.ANALYST, "53.71"));
        banjarIntake = TestUsers.user(banjar, new Grant(Role.INTAKE_OFFICER, "63.71"));
    }

    String goodCsv() {
        return HEADER
                + prefix + "1,Active,53.71,2024-03-02,Feminine,ActualVictimOfTrafficking,19,ForcedLabour,"
                + "ThroughFamilyOrFamilyEvents\n"
                + prefix + "1,Active,53.71,2024-03-02,Masculine,ActualVictimOfTrafficking,23,ForcedLabour,\n"
                + prefix + "2,Closed,53.71,2024-05-10,Feminine,ActualVictimOfTrafficking,16,SexualExploitation,"
                + "ThroughOnlineSocialNetworks\n";
    }

    ResultActions upload(SigapUser user, MockHttpSession session, String name, byte[] bytes, String lang)
            throws Exception {
        var request = multipart("/pertukaran/impor")
                .file(new MockMultipartFile("file", name, "text/csv", bytes))
                .session(session)
                .with(csrf())
                .with(TestUsers.as(user));
        if (lang != null) {
            request.param("lang", lang);
        }
        return mvc.perform(request);
    }

    int imported() {
        return db.fetchCount(
                id.sigap.exchange.internal.db.Tables.IMPORTED_CASE,
                id.sigap.exchange.internal.db.Tables.IMPORTED_CASE.HTCDS_CASE_ID.startsWith(prefix));
    }

    List<String> importedChannels() {
        var ic = id.sigap.exchange.internal.db.Tables.IMPORTED_CASE;
        return db.select(Tables.VICTIM_RECRUITMENT.CHANNEL)
                .from(Tables.VICTIM_RECRUITMENT)
                .join(ic)
                .on(ic.CASE_ID.eq(Tables.VICTIM_RECRUITMENT.CASE_ID))
                .where(ic.HTCDS_CASE_ID.startsWith(prefix))
                .orderBy(Tables.VICTIM_RECRUITMENT.CHANNEL)
                .fetch(Tables.VICTIM_RECRUITMENT.CHANNEL);
    }

    static String token(String html) {
        var m = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(html);
        assertThat(m.find()).as("a save form with its token").isTrue();
        return m.group(1);
    }

    @Test
    void a_file_with_problems_lists_every_problem_in_the_users_language_and_saves_nothing() throws Exception {
        String bad = HEADER
                + prefix + "1,Active,53.71,2024-03-02,Perempuan,ActualVictimOfTrafficking,19,ForcedLabour,\n"
                + prefix + "2,Active,63.71,2024-03-02,Feminine,ActualVictimOfTrafficking,19,ForcedLabour,Telepathy\n"
                + prefix + "3,Active,53.71,02/03/2024,Feminine,ActualVictimOfTrafficking,200,ForcedLabour,\n";
        MockHttpSession session = new MockHttpSession();
        upload(kupangWorker, session, "buruk.csv", bad.getBytes(StandardCharsets.UTF_8), null)
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Perempuan")))
                .andExpect(content().string(containsString("Telepathy")))
                .andExpect(content().string(containsString("Nilai tidak ada dalam daftar kode HTCDS.")))
                .andExpect(content().string(containsString("Wilayah di luar wilayah kerja Anda.")))
                .andExpect(content().string(containsString("Tanggal harus berformat TTTT-BB-HH.")))
                .andExpect(content().string(containsString("Umur harus bilangan 0 sampai 120.")))
                .andExpect(content().string(containsString("vic_MethodOfRecruitment")))
                .andExpect(content().string(not(containsString("name=\"token\""))));
        upload(kupangWorker, session, "buruk.csv", bad.getBytes(StandardCharsets.UTF_8), "en")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("The value is not in the HTCDS code list.")))
                .andExpect(content().string(containsString("The region is outside your scope.")));
        assertThat(imported()).isZero();
    }

    @Test
    void a_clean_file_is_previewed_then_saved_all_at_once_and_a_second_import_creates_nothing() throws Exception {
        mvc.perform(get("/pertukaran/impor").with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        MockHttpSession session = new MockHttpSession();
        String preview = upload(kupangWorker, session, "mitra.csv", goodCsv().getBytes(StandardCharsets.UTF_8), null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 kasus baru akan dibuat")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(imported()).as("the preview saves nothing").isZero();
        String token = token(preview);

        // another user's session cannot save this upload
        mvc.perform(post("/pertukaran/impor/simpan")
                        .param("token", token)
                        .session(new MockHttpSession())
                        .with(csrf())
                        .with(TestUsers.as(kupangWorker)))
                .andExpect(status().isConflict());
        assertThat(imported()).isZero();

        mvc.perform(post("/pertukaran/impor/simpan")
                        .param("token", token)
                        .session(session)
                        .with(csrf())
                        .with(TestUsers.as(kupangWorker)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pertukaran/impor"));
        assertThat(imported()).isEqualTo(2);
        assertThat(importedChannels()).containsExactly("FAMILY", "SOCIAL_MEDIA");

        // saving the same token again, or importing the same file again, creates nothing
        mvc.perform(post("/pertukaran/impor/simpan")
                        .param("token", token)
                        .session(session)
                        .with(csrf())
                        .with(TestUsers.as(kupangWorker)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Unggah dan periksa berkas lagi")));
        upload(kupangWorker, session, "mitra.csv", goodCsv().getBytes(StandardCharsets.UTF_8), null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 kasus baru akan dibuat, 2 kasus sudah pernah diimpor")))
                .andExpect(content().string(not(containsString("name=\"token\""))));
        assertThat(imported()).isEqualTo(2);
    }

    @Test
    void two_saves_of_the_same_file_at_the_same_instant_create_the_cases_once_and_neither_fails() throws Exception {
        String csv = goodCsv();
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            java.util.concurrent.Callable<HtcdsImport.Outcome> save = () -> {
                start.await();
                return desk.importFile(kupangWorker, csv, false);
            };
            var first = pool.submit(save);
            var second = pool.submit(save);
            start.countDown();
            List<HtcdsImport.Outcome> outcomes = List.of(first.get(), second.get());
            assertThat(outcomes).allSatisfy(o -> assertThat(o.problems()).isEmpty());
            assertThat(outcomes.stream().mapToInt(HtcdsImport.Outcome::created).sum())
                    .as("the cases are created by one of the two saves only")
                    .isEqualTo(2);
            assertThat(outcomes.stream().mapToInt(HtcdsImport.Outcome::skipped).sum())
                    .isEqualTo(2);
        }
        assertThat(imported()).isEqualTo(2);
    }

    @Test
    void oversized_malformed_and_empty_uploads_get_a_clear_error_and_change_nothing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        byte[] huge = new byte[(int) HtcdsApi.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        upload(kupangWorker, session, "besar.csv", huge, null)
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Berkas terlalu besar.")));
        upload(kupangWorker, session, "rusak.json", "{\"records\": [ {\"cas_CaseNumber\": ".getBytes(), null)
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Berkas tidak dapat dibaca sebagai CSV atau JSON HTCDS.")));
        upload(kupangWorker, session, "kosong.csv", new byte[0], "en")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Choose an HTCDS file (CSV or JSON).")));
        assertThat(imported()).isZero();
    }

    @Test
    void an_intake_officer_finds_the_import_page_in_the_menu() throws Exception {
        mvc.perform(get("/").with(TestUsers.as(banjarIntake)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/pertukaran/impor\"")));
        mvc.perform(get("/").with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/pertukaran\"")))
                .andExpect(content().string(not(containsString("href=\"/pertukaran/impor\""))));
    }

    @Test
    void users_without_the_import_role_or_outside_the_region_are_refused() throws Exception {
        mvc.perform(get("/pertukaran/impor").with(TestUsers.as(kupangAnalyst))).andExpect(status().isForbidden());
        upload(kupangAnalyst, new MockHttpSession(), "mitra.csv", goodCsv().getBytes(StandardCharsets.UTF_8), null)
                .andExpect(status().isForbidden());
        mvc.perform(post("/pertukaran/impor/simpan")
                        .param("token", UUID.randomUUID().toString())
                        .with(csrf())
                        .with(TestUsers.as(kupangAnalyst)))
                .andExpect(status().isForbidden());
        // an intake officer of Banjarmasin may import, but not Kupang's cases
        upload(banjarIntake, new MockHttpSession(), "mitra.csv", goodCsv().getBytes(StandardCharsets.UTF_8), null)
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Wilayah di luar wilayah kerja Anda.")))
                .andExpect(content().string(not(containsString("name=\"token\""))));
        assertThat(imported()).isZero();
        mvc.perform(get("/pertukaran").with(TestUsers.as(kupangAnalyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/pertukaran/impor"))));
        mvc.perform(get("/pertukaran").with(TestUsers.as(kupangWorker)))
                .andExpect(content().string(containsString("/pertukaran/impor")));
    }
}
