package id.sigap.dataimport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFixtures;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An import belongs to the uploader's agency and import scope: others of the agency within that scope may read and
 * commit it; users of another region or another agency, and roles that may not import, are refused (API and pages).
 */
@IntegrationTest
class ImportAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Test
    void an_import_is_refused_to_users_outside_its_agency_or_scope() throws Exception {
        ImportClient api = new ImportClient(mvc);
        Agency agency = CaseFixtures.agency(agencies, "53.71");
        Agency other = CaseFixtures.agency(agencies, "53.71");
        SigapUser uploader = TestUsers.user(agency.id(), new Grant(Role.CASE_WORKER, "53.71"));
        SigapUser colleague = TestUsers.user(agency.id(), new Grant(Role.INTAKE_OFFICER, "53"));
        SigapUser banjar = TestUsers.user(agency.id(), new Grant(Role.CASE_WORKER, "63.71"));
        SigapUser otherAgency = TestUsers.user(other.id(), Grant.national(Role.CASE_WORKER));
        SigapUser analyst = TestUsers.user(agency.id(), new Grant(Role.ANALYST, "53.71"));
        String tag = ImportFixture.tag();
        byte[] file = ImportSheets.xlsx(ImportSheets.rows(tag, 6));
        long id = api.uploadId(uploader, "kasus.xlsx", file);

        api.status(colleague, id, 0, 10).andExpect(status().isOk());
        for (SigapUser outsider : new SigapUser[] {banjar, otherAgency, analyst}) {
            api.status(outsider, id, 0, 10)
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("access.denied"));
            api.commit(outsider, id).andExpect(status().isForbidden());
            mvc.perform(get("/impor/{id}", id).with(TestUsers.as(outsider))).andExpect(status().isForbidden());
        }
        api.upload(analyst, "kasus.xlsx", file).andExpect(status().isForbidden());
        mvc.perform(get("/impor").with(TestUsers.as(analyst))).andExpect(status().isForbidden());

        mvc.perform(get("/impor").with(TestUsers.as(banjar)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/impor/" + id + "\""))));
        mvc.perform(get("/impor").with(TestUsers.as(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/impor/" + id + "\"")));
        mvc.perform(get("/impor/{id}", id).with(TestUsers.as(uploader)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"import-commit\"")));
    }

    @Test
    void only_users_who_may_see_an_import_may_discard_it_and_a_committed_one_stays() throws Exception {
        ImportClient api = new ImportClient(mvc);
        Agency agency = CaseFixtures.agency(agencies, "53.71");
        Agency other = CaseFixtures.agency(agencies, "53.71");
        SigapUser uploader = TestUsers.user(agency.id(), new Grant(Role.CASE_WORKER, "53.71"));
        SigapUser colleague = TestUsers.user(agency.id(), new Grant(Role.INTAKE_OFFICER, "53"));
        SigapUser banjar = TestUsers.user(agency.id(), new Grant(Role.CASE_WORKER, "63.71"));
        SigapUser otherAgency = TestUsers.user(other.id(), Grant.national(Role.CASE_WORKER));
        SigapUser analyst = TestUsers.user(agency.id(), new Grant(Role.ANALYST, "53.71"));
        long id = api.uploadId(uploader, "buang.xlsx", ImportSheets.xlsx(ImportSheets.rows(ImportFixture.tag(), 3)));

        for (SigapUser outsider : new SigapUser[] {banjar, otherAgency, analyst}) {
            api.discard(outsider, id)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("access.denied"));
            mvc.perform(post("/impor/{id}/hapus", id)
                            .with(TestUsers.as(outsider))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        api.status(uploader, id, 0, 10).andExpect(jsonPath("$.status").value("READY"));
        mvc.perform(get("/impor/{id}", id).with(TestUsers.as(uploader)))
                .andExpect(content().string(Matchers.containsString("id=\"import-discard\"")))
                .andExpect(content().string(Matchers.containsString("data-confirm=")));

        mvc.perform(post("/impor/{id}/hapus", id).with(TestUsers.as(colleague)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        api.status(uploader, id, 0, 10).andExpect(status().isNotFound());
        api.discard(uploader, id).andExpect(status().isNotFound());

        long saved =
                api.uploadId(uploader, "simpan.xlsx", ImportSheets.xlsx(ImportSheets.rows(ImportFixture.tag(), 3)));
        api.commit(uploader, saved).andExpect(status().isAccepted());
        api.await(uploader, saved, "COMMITTED", java.time.Duration.ofMinutes(1));
        api.discard(uploader, saved)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("import.already-committed"));
        long bad = api.uploadId(uploader, "lagi.xlsx", ImportSheets.xlsx(ImportSheets.rows(ImportFixture.tag(), 2)));
        api.discard(uploader, bad).andExpect(status().isNoContent());
    }

    @Test
    void a_row_for_a_region_outside_the_users_scope_is_a_problem() throws Exception {
        ImportClient api = new ImportClient(mvc);
        Agency agency = CaseFixtures.agency(agencies, "63.71");
        SigapUser banjar = TestUsers.user(agency.id(), new Grant(Role.CASE_WORKER, "63.71"));
        long id = api.uploadId(banjar, "kupang.xlsx", ImportSheets.xlsx(ImportSheets.rows(ImportFixture.tag(), 2)));
        api.status(banjar, id, 0, 10)
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.problems.content[0].code").value("import.region-out-of-scope"))
                .andExpect(jsonPath("$.problems.content[0].column").value("case_region"))
                .andExpect(jsonPath("$.problems.content[0].row").value(2));
    }
}
