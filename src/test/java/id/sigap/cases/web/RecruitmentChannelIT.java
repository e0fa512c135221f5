package id.sigap.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.OpenedCase;
import id.sigap.cases.CaseFixtures;
import id.sigap.cases.internal.db.Tables;
import id.sigap.organization.Agencies;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A victim's recruitment channel: saved and shown (page and JSON), wrong codes refused with nothing saved, scoped. */
@IntegrationTest
class RecruitmentChannelIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    final SigapUser kupangWorker = TestUsers.user(Role.CASE_WORKER, "53.71");
    final SigapUser kupangAnalyst = TestUsers.user(Role.ANALYST, "53.71");
    final SigapUser banjarWorker = TestUsers.user(Role.CASE_WORKER, "63.71");
    String tag;
    OpenedCase kupangCase;

    @BeforeEach
    void aKupangCase() {
        tag = CaseFixtures.unique("Saluran").replace(" ", "-");
        var kupang = CaseFixtures.agency(agencies, "53.71");
        kupangCase = caseFiles.open(CaseFixtures.newCase(kupang.id(), "53.71"));
    }

    private long addPerson(String role, String channel, int expected) throws Exception {
        String body = "{\"role\":\"" + role + "\",\"fullName\":\"Korban " + tag + "\",\"sex\":\"F\""
                + (channel == null ? "" : ",\"recruitmentChannel\":\"" + channel + "\"") + "}";
        var result = mvc.perform(post("/api/v1/cases/{id}/persons", kupangCase.id())
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(expected))
                .andReturn();
        return expected == 201
                ? ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue()
                : -1;
    }

    private int personsInCase() {
        return db.fetchCount(Tables.CASE_PERSON, Tables.CASE_PERSON.CASE_ID.eq(kupangCase.id()));
    }

    private String storedChannel(long personId) {
        return db.select(Tables.VICTIM_RECRUITMENT.CHANNEL)
                .from(Tables.VICTIM_RECRUITMENT)
                .where(Tables.VICTIM_RECRUITMENT.CASE_ID.eq(kupangCase.id()))
                .and(Tables.VICTIM_RECRUITMENT.PERSON_ID.eq(personId))
                .fetchOne(Tables.VICTIM_RECRUITMENT.CHANNEL);
    }

    @Test
    void a_victims_channel_is_saved_and_shown_in_the_case_json_and_on_the_case_page_in_both_languages()
            throws Exception {
        long victim = addPerson("VICTIM", "SPONSOR_OR_LOCAL_BROKER", 201);
        assertThat(storedChannel(victim)).isEqualTo("SPONSOR_OR_LOCAL_BROKER");
        mvc.perform(get("/api/v1/cases/{id}", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.persons[0].recruitmentChannel").value("SPONSOR_OR_LOCAL_BROKER"))
                .andExpect(jsonPath("$.persons[0].role").value("VICTIM"))
                .andExpect(jsonPath("$.caseFile.caseNumber").value(kupangCase.caseNumber()));
        mvc.perform(get("/kasus/{id}", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saluran perekrutan")))
                .andExpect(content().string(containsString("Sponsor, calo atau perekrut lapangan")));
        mvc.perform(get("/kasus/{id}", kupangCase.id()).param("lang", "en").with(TestUsers.as(kupangAnalyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recruitment channel")))
                .andExpect(content().string(containsString("Sponsor, local broker (calo) or field recruiter")));

        mvc.perform(post("/kasus/{id}/orang/{p}/saluran", kupangCase.id(), victim)
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .param("channel", "SOCIAL_MEDIA"))
                .andExpect(status().is3xxRedirection());
        assertThat(storedChannel(victim)).isEqualTo("SOCIAL_MEDIA");
        mvc.perform(put("/api/v1/cases/{id}/persons/{p}/recruitment-channel", kupangCase.id(), victim)
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recruitmentChannel\":\"FAMILY\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recruitmentChannel").value("FAMILY"));
        mvc.perform(post("/kasus/{id}/orang/{p}/saluran", kupangCase.id(), victim)
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .param("channel", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(storedChannel(victim)).isNull();
    }

    @Test
    void a_wrong_code_is_refused_with_a_clear_error_and_nothing_is_saved() throws Exception {
        int before = personsInCase();
        mvc.perform(post("/api/v1/cases/{id}/persons", kupangCase.id())
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"VICTIM\",\"fullName\":\"Korban " + tag
                                + "\",\"recruitmentChannel\":\"TELEPATHY\"}"))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("recruitmentChannel"))
                .andExpect(jsonPath("$.errors[0].code").value("case.channel-unknown"));
        assertThat(personsInCase()).isEqualTo(before);
        addPerson("WITNESS", "FAMILY", 422);
        assertThat(personsInCase()).isEqualTo(before);

        long victim = addPerson("VICTIM", "ONLINE_JOB_AD", 201);
        mvc.perform(put("/api/v1/cases/{id}/persons/{p}/recruitment-channel", kupangCase.id(), victim)
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recruitmentChannel\":\"online_job_ad; DROP TABLE\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].code").value("case.channel-unknown"));
        mvc.perform(post("/kasus/{id}/orang/{p}/saluran", kupangCase.id(), victim)
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .param("channel", "NOPE"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Saluran perekrutan tidak dikenal")));
        assertThat(storedChannel(victim)).isEqualTo("ONLINE_JOB_AD");
        long witness = addPerson("WITNESS", null, 201);
        mvc.perform(put("/api/v1/cases/{id}/persons/{p}/recruitment-channel", kupangCase.id(), witness)
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recruitmentChannel\":\"FAMILY\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].code").value("case.channel-victims-only"));
    }

    @Test
    void nobody_outside_the_cases_writing_scope_changes_a_channel() throws Exception {
        long victim = addPerson("VICTIM", "FAMILY", 201);
        for (SigapUser outsider : new SigapUser[] {banjarWorker, kupangAnalyst}) {
            mvc.perform(put("/api/v1/cases/{id}/persons/{p}/recruitment-channel", kupangCase.id(), victim)
                            .with(TestUsers.as(outsider))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"recruitmentChannel\":\"SOCIAL_MEDIA\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/kasus/{id}/orang/{p}/saluran", kupangCase.id(), victim)
                            .with(TestUsers.as(outsider))
                            .with(csrf())
                            .param("channel", "SOCIAL_MEDIA"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/cases/{id}", kupangCase.id()).with(TestUsers.as(banjarWorker)))
                .andExpect(status().isForbidden());
        assertThat(storedChannel(victim)).isEqualTo("FAMILY");
    }
}
