package id.sigap.dataimport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
