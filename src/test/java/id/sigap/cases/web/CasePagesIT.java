package id.sigap.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The case pages: scope, person form messages in both languages, hostile input escaped and refused. */
@IntegrationTest
class CasePagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    final SigapUser kupangWorker = TestUsers.user(Role.CASE_WORKER, "53.71");
    String tag;
    OpenedCase kupangCase;
    OpenedCase banjarCase;

    @BeforeEach
    void cases() {
        tag = CaseFixtures.unique("Halaman").replace(" ", "-");
        kupangCase = caseFiles.open(new CaseFiles.NewCase(
                CaseFixtures.agency(agencies, "53.71").id(), "53.71", "Kasus " + tag, null, null, true, false));
        banjarCase = caseFiles.open(new CaseFiles.NewCase(
                CaseFixtures.agency(agencies, "63.71").id(), "63.71", "Kasus " + tag, null, null, false, false));
    }

    @Test
    void the_kupang_case_worker_sees_kupang_cases_only() throws Exception {
        mvc.perform(get("/kasus").param("q", tag).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(kupangCase.caseNumber())))
                .andExpect(content().string(not(containsString(banjarCase.caseNumber()))));
        mvc.perform(get("/kasus/{id}", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(kupangCase.caseNumber())))
                .andExpect(content().string(containsString("Mulai penanganan")));
        mvc.perform(get("/kasus/{id}", banjarCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(banjarCase.caseNumber()))));
        mvc.perform(get("/kasus/{id}/orang/baru", banjarCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/kasus").with(TestUsers.as(TestUsers.user(Role.AUDITOR, "53.71"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/kasus").param("dari", "kemarin").param("status", "X").with(TestUsers.as(kupangWorker)))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/kasus/{id}", Long.MAX_VALUE).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_invalid_nik_is_shown_next_to_the_field_and_nothing_is_saved() throws Exception {
        String name = "Ditolak " + tag;
        mvc.perform(addPerson(kupangCase.id(), name, "5371013202900002", "").param("lang", "id"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("bukan tanggal lahir yang sah")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(addPerson(kupangCase.id(), name, "5371011205900001", "2999-01-01")
                        .param("lang", "en"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("must not be in the future")));
        mvc.perform(addPerson(kupangCase.id(), "x".repeat(10_000), "", ""))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Nama terlalu panjang")));
        mvc.perform(addPerson(kupangCase.id(), name, "", "kemarin")).andExpect(status().is(422));
        assertThat(db.fetchCount(Tables.PERSON, Tables.PERSON.FULL_NAME.eq(name)))
                .isZero();
    }

    @Test
    void script_tags_are_escaped_and_status_actions_work() throws Exception {
        mvc.perform(addPerson(kupangCase.id(), "<script>alert('x')</script>" + tag, "5371015205900002", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/kasus/" + kupangCase.id()));
        mvc.perform(get("/kasus/{id}", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(containsString("5371015205900002")));
        long personId = db.select(Tables.CASE_PERSON.PERSON_ID)
                .from(Tables.CASE_PERSON)
                .where(Tables.CASE_PERSON.CASE_ID.eq(kupangCase.id()))
                .fetchSingle(Tables.CASE_PERSON.PERSON_ID);
        mvc.perform(get("/kasus/{id}/orang/{p}/ubah", kupangCase.id(), personId).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5371015205900002")));
        mvc.perform(post("/kasus/{id}/orang/{p}", kupangCase.id(), personId)
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .param("version", "0")
                        .param("fullName", "Maria " + tag)
                        .param("sex", "M")
                        .param("nik", "5371015205900002"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("milik perempuan")));
        mvc.perform(post("/kasus/{id}/status", kupangCase.id())
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .param("version", "0")
                        .param("action", "handle"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/kasus/{id}/status", kupangCase.id())
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .param("version", "0")
                        .param("action", "close")
                        .param("reason", "RESOLVED"))
                .andExpect(status().isConflict());
        mvc.perform(post("/kasus/{id}/unsur", kupangCase.id())
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .param("MODUS", "ONLINE_SCAM")
                        .param("ACT", "RECRUITMENT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/kasus").param("modus", "ONLINE_SCAM").param("q", tag).with(TestUsers.as(kupangWorker)))
                .andExpect(content().string(containsString(kupangCase.caseNumber())));
        mvc.perform(post("/kasus/{id}/rute", kupangCase.id())
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .param("stage", "RESCUE")
                        .param("regionCode", "53.71")
                        .param("placeName", "Bandara El Tari " + tag))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/kasus/{id}/catatan", kupangCase.id())
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .param("body", "<b>Korban</b> dijemput " + tag))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/kasus/{id}", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(content().string(containsString("&lt;b&gt;Korban&lt;/b&gt;")))
                .andExpect(content().string(containsString("Dalam penanganan")))
                .andExpect(content().string(containsString("Bandara El Tari " + tag)));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder addPerson(
            long caseId, String name, String nik, String birthDate) {
        return post("/kasus/{id}/orang", caseId)
                .with(TestUsers.as(kupangWorker))
                .with(csrf())
                .param("role", "VICTIM")
                .param("fullName", name)
                .param("sex", "F")
                .param("nik", nik)
                .param("birthDate", birthDate)
                .param("nationality", "ID");
    }
}
