package id.sigap.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFixtures;
import id.sigap.linkage.LinkagePersons;
import id.sigap.linkage.PersonClusters;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The full relink from the administration page: started by a national administrator, its progress polled by htmx,
 * the model estimated on the data stored with the run, and the clusters it writes keep the registrations of one
 * victim together.
 */
@IntegrationTest
class RelinkIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    PersonClusters clusters;

    @Autowired
    RelinkJob job;

    @Test
    void a_national_administrator_relinks_everything_and_watches_the_progress() throws Exception {
        String surname = LinkagePersons.surname();
        Agency police = CaseFixtures.agency(agencies, "53.71");
        Agency shelter = CaseFixtures.agency(agencies, "53.71");
        LinkagePersons persons = new LinkagePersons(mvc);
        long a = persons.add(
                TestUsers.user(police.id(), new Grant(Role.INVESTIGATOR, "53")),
                caseFiles.open(CaseFixtures.newCase(police.id(), "53.71")).id(),
                """
                {"role":"VICTIM","fullName":"Yosefina %s","sex":"F","birthDate":"1999-03-04","nik":"5371014403990001"}
                """.formatted(surname));
        long b = persons.add(
                TestUsers.user(shelter.id(), new Grant(Role.CASE_WORKER, "53.71")),
                caseFiles.open(CaseFixtures.newCase(shelter.id(), "53.71")).id(),
                """
                {"role":"VICTIM","fullName":"Josefina %s","sex":"F","birthDate":"1999-03-04"}
                """.formatted(surname));

        SigapUser admin = TestUsers.user(Role.SYSTEM_ADMIN, null);
        mvc.perform(get("/tautan/admin").with(TestUsers.as(admin))).andExpect(status().isOk());
        mvc.perform(post("/tautan/admin/tautkan-ulang")
                        .with(TestUsers.as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        RelinkRuns.Run run = job.latest(1).getFirst();
        while (run.running() && System.nanoTime() < deadline) {
            String fragment = mvc.perform(get("/tautan/admin/kemajuan").with(TestUsers.as(admin)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(fragment).contains("linkage-runs");
            Thread.sleep(200);
            run = job.find(run.id()).orElseThrow();
        }
        assertThat(run.status()).isEqualTo(RelinkRuns.DONE);
        assertThat(run.personsRead()).isGreaterThanOrEqualTo(2);
        assertThat(run.clusters()).isPositive();
        String page = mvc.perform(get("/tautan/admin/kemajuan").with(TestUsers.as(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("hx-trigger").contains("selesai");

        assertThat(clusters.clusterOf(List.of(a, b)).values().stream().distinct())
                .hasSize(1)
                .allMatch(key -> key > 0);
        mvc.perform(get("/api/v1/linkage/relinks/{id}", run.id()).with(TestUsers.as(admin)))
                .andExpect(status().isOk());
    }
}
