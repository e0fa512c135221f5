package id.sigap.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.OpenedCase;
import id.sigap.cases.CaseFixtures;
import id.sigap.cases.internal.db.Tables;
import id.sigap.organization.Agencies;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The criminal-justice chain per suspect: investigators in scope write, others are refused, bad input explained. */
@IntegrationTest
class JusticeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    final SigapUser kupangInvestigator = TestUsers.user(Role.INVESTIGATOR, "53.71");
    final SigapUser banjarInvestigator = TestUsers.user(Role.INVESTIGATOR, "63.71");
    final SigapUser kupangWorker = TestUsers.user(Role.CASE_WORKER, "53.71");
    OpenedCase kupangCase;
    long police;
    long suspect;
    long victim;

    @BeforeEach
    void caseWithSuspectAndVictim() throws Exception {
        String tag = CaseFixtures.unique("Peradilan");
        kupangCase = caseFiles.open(
                CaseFixtures.newCase(CaseFixtures.agency(agencies, "53.71").id(), "53.71"));
        police = CaseFixtures.agency(agencies, "53.71").id();
        suspect = addPerson("SUSPECT", "Calo " + tag);
        victim = addPerson("VICTIM", "Korban " + tag);
    }

    @Test
    void a_kupang_investigator_records_the_chain_up_to_the_verdict() throws Exception {
        mvc.perform(write("report", report("LP/B/12/XI/2026/SPKT/POLDA NTT", "2026-01-10"), kupangInvestigator))
                .andExpect(status().isOk());
        for (String[] c :
                new String[][] {{"UU 21/2007", "Pasal 4"}, {"UU 21/2007", "Pasal 17"}, {"UU 18/2017", "81"}}) {
            mvc.perform(post(url("charges"), kupangCase.id(), suspect)
                            .with(TestUsers.as(kupangInvestigator))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"law\":\"" + c[0] + "\",\"article\":\"" + c[1] + "\"}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(write(
                        "prosecution",
                        seen("{\"date\":\"2026-03-02\",\"prosecutorOffice\":\"Kejaksaan Negeri Kupang\"}"),
                        kupangInvestigator))
                .andExpect(status().isNoContent());
        mvc.perform(write("verdict", seen(verdict(72, "2026-06-15")), kupangInvestigator))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/cases/{id}/justice", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suspects[0].lpNumber").value("LP/B/12/XI/2026/SPKT/POLDA NTT"))
                .andExpect(jsonPath("$.suspects[0].charges[*].article", hasItem("Pasal 17")))
                .andExpect(jsonPath("$.suspects[0].charges[2].law").value("UU 18/2017"))
                .andExpect(jsonPath("$.suspects[0].charges[2].article").value("Pasal 81"))
                .andExpect(jsonPath("$.suspects[0].prisonMonths").value(72))
                .andExpect(jsonPath("$.suspects[0].restitution[0].ordered").value(150000000));
        mvc.perform(get("/kasus/{id}/peradilan", kupangCase.id()).with(TestUsers.as(kupangInvestigator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kejaksaan Negeri Kupang")));
    }

    @Test
    void others_are_refused_on_the_api_and_the_pages() throws Exception {
        String body = report("LP/B/13/XI/2026", "2026-01-10");
        mvc.perform(write("report", body, banjarInvestigator))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
        mvc.perform(write("report", body, kupangWorker)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{id}/justice", kupangCase.id()).with(TestUsers.as(banjarInvestigator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/kasus/{id}/peradilan", kupangCase.id()).with(TestUsers.as(banjarInvestigator)))
                .andExpect(status().isForbidden());
        for (SigapUser u : new SigapUser[] {banjarInvestigator, kupangWorker}) {
            mvc.perform(post("/kasus/{id}/peradilan/{p}/laporan", kupangCase.id(), suspect)
                            .with(TestUsers.as(u))
                            .with(csrf())
                            .param("lpNumber", "LP/B/13")
                            .param("policeAgencyId", String.valueOf(police))
                            .param("reportDate", "2026-01-10"))
                    .andExpect(status().isForbidden());
        }
        assertThat(tracks()).isZero();
    }

    @Test
    void invalid_input_is_refused_with_the_reason_and_nothing_is_saved() throws Exception {
        String future = LocalDate.now().plusDays(30).toString();
        mvc.perform(write("report", report("LP/B/14", future), kupangInvestigator))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[?(@.field == 'reportDate')].code", hasItem("justice.date-future")));
        mvc.perform(post("/kasus/{id}/peradilan/{p}/laporan", kupangCase.id(), suspect)
                        .with(TestUsers.as(kupangInvestigator))
                        .with(csrf())
                        .param("lpNumber", "LP/B/14")
                        .param("policeAgencyId", String.valueOf(police))
                        .param("reportDate", "kemarin"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Tanggal tidak valid")));
        assertThat(tracks()).isZero();

        mvc.perform(write("report", report("LP/B/14", "2026-01-10"), kupangInvestigator))
                .andExpect(status().isOk());
        mvc.perform(post("/kasus/{id}/peradilan/{p}/pasal", kupangCase.id(), suspect)
                        .with(TestUsers.as(kupangInvestigator))
                        .with(csrf())
                        .param("law", "Undang-undang perdagangan orang")
                        .param("article", "empat"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Format undang-undang tidak dikenal")))
                .andExpect(content().string(containsString("Format pasal tidak dikenal")));
        assertThat(db.fetchCount(Tables.JUSTICE_CHARGE, Tables.JUSTICE_CHARGE.TRACK_ID.eq(trackId())))
                .isZero();

        mvc.perform(write("verdict", seen(verdict(72, "2026-06-15")), kupangInvestigator))
                .andExpect(status().is(422))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'date')].code", hasItem("justice.verdict-before-prosecution")));
        mvc.perform(write(
                        "prosecution",
                        seen("{\"date\":\"2026-03-02\",\"prosecutorOffice\":\"Kejari Kupang\"}"),
                        kupangInvestigator))
                .andExpect(status().isNoContent());
        mvc.perform(post("/kasus/{id}/peradilan/{p}/putusan", kupangCase.id(), suspect)
                        .with(TestUsers.as(kupangInvestigator))
                        .with(csrf())
                        .param("date", "2026-06-15")
                        .param("court", "PN Kupang")
                        .param("prisonMonths", "-3")
                        .param("version", String.valueOf(trackVersion())))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Tidak boleh negatif")));
        assertThat(db.fetchOne(Tables.JUSTICE_TRACK, Tables.JUSTICE_TRACK.ID.eq(trackId()))
                        .getVerdictDate())
                .isNull();
        mvc.perform(post("/kasus/{id}/peradilan/{p}/putusan", kupangCase.id(), suspect)
                        .with(TestUsers.as(kupangInvestigator))
                        .with(csrf())
                        .param("date", "2026-06-15")
                        .param("court", "PN Kupang")
                        .param("prisonMonths", "72")
                        .param("version", String.valueOf(trackVersion())))
                .andExpect(redirectedUrl("/kasus/" + kupangCase.id() + "/peradilan#tersangka-" + suspect));
    }

    @Test
    void a_stale_form_is_shown_again_with_the_stored_data_and_changes_nothing() throws Exception {
        mvc.perform(write("report", report("LP/B/20/XI/2026", "2026-01-10"), kupangInvestigator))
                .andExpect(status().isOk());
        int opened = trackVersion();
        // a colleague saves the prosecution first, from the same version of the page
        mvc.perform(prosecutionForm("Kejari Kupang", opened)).andExpect(status().is3xxRedirection());
        assertThat(trackVersion()).isEqualTo(opened + 1);

        mvc.perform(prosecutionForm("Kejari Kabupaten Kupang", opened))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Data sudah diubah orang lain")))
                .andExpect(content().string(containsString("Kejari Kupang")))
                .andExpect(content().string(containsString("value=\"Kejari Kabupaten Kupang\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (opened + 1) + "\"")));
        mvc.perform(prosecutionForm("Kejari Kabupaten Kupang", opened).param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed by someone else")));
        // a form of a suspect without a report, sent after someone recorded one: stale as well
        mvc.perform(post("/kasus/{id}/peradilan/{p}/laporan", kupangCase.id(), suspect)
                        .with(TestUsers.as(kupangInvestigator))
                        .with(csrf())
                        .param("lpNumber", "LP/B/99")
                        .param("policeAgencyId", String.valueOf(police))
                        .param("reportDate", "2026-01-11"))
                .andExpect(status().isConflict());
        var t = db.fetchSingle(Tables.JUSTICE_TRACK, Tables.JUSTICE_TRACK.CASE_ID.eq(kupangCase.id()));
        assertThat(t.getProsecutorOffice()).isEqualTo("Kejari Kupang");
        assertThat(t.getLpNumber()).isEqualTo("LP/B/20/XI/2026");
        assertThat(t.getVersion()).isEqualTo(opened + 1);

        // saving again from the page as shown now goes through
        mvc.perform(prosecutionForm("Kejari Kabupaten Kupang", opened + 1)).andExpect(status().is3xxRedirection());
        assertThat(db.fetchSingle(Tables.JUSTICE_TRACK, Tables.JUSTICE_TRACK.ID.eq(t.getId()))
                        .getProsecutorOffice())
                .isEqualTo("Kejari Kabupaten Kupang");
    }

    @Test
    void a_stale_api_write_gets_409_problem_json_and_changes_nothing() throws Exception {
        mvc.perform(write("report", report("LP/B/21/XI/2026", "2026-01-10"), kupangInvestigator))
                .andExpect(status().isOk());
        int before = trackVersion();
        String stale =
                "{\"date\":\"2026-03-02\",\"prosecutorOffice\":\"Kejari Lama\",\"version\":" + (before + 7) + "}";
        mvc.perform(write("prosecution", stale, kupangInvestigator))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("justice.stale"));
        mvc.perform(write(
                        "prosecution",
                        "{\"date\":\"2026-03-02\",\"prosecutorOffice\":\"Kejari Lama\"}",
                        kupangInvestigator))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("justice.stale"));
        mvc.perform(write("report", report("LP/B/22/XI/2026", "2026-01-10"), kupangInvestigator))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("justice.stale"));
        var t = db.fetchSingle(Tables.JUSTICE_TRACK, Tables.JUSTICE_TRACK.CASE_ID.eq(kupangCase.id()));
        assertThat(t.getProsecutorOffice()).isNull();
        assertThat(t.getLpNumber()).isEqualTo("LP/B/21/XI/2026");
        assertThat(t.getVersion()).isEqualTo(before);
        mvc.perform(get("/api/v1/cases/{id}/justice", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.suspects[0].version").value(before));
        mvc.perform(write("report", seen(report("LP/B/22/XI/2026", "2026-01-10")), kupangInvestigator))
                .andExpect(status().isOk());
        assertThat(trackVersion()).isEqualTo(before + 1);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder prosecutionForm(
            String office, int version) {
        return post("/kasus/{id}/peradilan/{p}/penuntutan", kupangCase.id(), suspect)
                .with(TestUsers.as(kupangInvestigator))
                .with(csrf())
                .param("date", "2026-03-02")
                .param("prosecutorOffice", office)
                .param("version", String.valueOf(version));
    }

    private long addPerson(String role, String name) throws Exception {
        String json = mvc.perform(post("/api/v1/cases/{id}/persons", kupangCase.id())
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"" + role + "\",\"fullName\":\"" + name + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private String url(String stage) {
        return "/api/v1/cases/{id}/justice/{p}/" + stage;
    }

    private RequestBuilder write(String stage, String json, SigapUser user) {
        return put(url(stage), kupangCase.id(), suspect)
                .with(TestUsers.as(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private String report(String lp, String date) {
        return "{\"lpNumber\":\"" + lp + "\",\"policeAgencyId\":" + police + ",\"reportDate\":\"" + date
                + "\",\"investigationStart\":\"" + date + "\",\"investigationStatus\":\"COMPLETE\"}";
    }

    private String verdict(int months, String date) {
        return "{\"date\":\"" + date + "\",\"court\":\"PN Kupang\",\"prisonMonths\":" + months
                + ",\"fine\":120000000,\"substituteDetentionMonths\":3,\"victimPersonId\":" + victim
                + ",\"restitutionDemanded\":200000000,\"restitutionOrdered\":150000000}";
    }

    /** The JSON body with the version of the suspect's track as it is now (what a client read last). */
    private String seen(String json) {
        return json.substring(0, json.lastIndexOf('}')) + ",\"version\":" + trackVersion() + "}";
    }

    private int trackVersion() {
        return db.fetchSingle(Tables.JUSTICE_TRACK, Tables.JUSTICE_TRACK.CASE_ID.eq(kupangCase.id()))
                .getVersion();
    }

    private int tracks() {
        return db.fetchCount(Tables.JUSTICE_TRACK, Tables.JUSTICE_TRACK.CASE_ID.eq(kupangCase.id()));
    }

    private long trackId() {
        return db.fetchSingle(Tables.JUSTICE_TRACK, Tables.JUSTICE_TRACK.CASE_ID.eq(kupangCase.id()))
                .getId();
    }
}
