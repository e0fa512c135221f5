package id.sigap.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.sigap.analytics.internal.FactRefresh;
import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFixtures;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.Jakarta;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6's must-show: a victim registered by the police (with NIK) and by a shelter (without NIK, "Johana" for
 * "Yohana") is one cluster right after the second save through the API, and the dashboard (`/api/v1/stats/victims`
 * after its fact layer refreshes) counts one victim more, not two.
 */
@IntegrationTest
class LinkageMustShowIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    PersonClusters clusters;

    @Autowired
    FactRefresh statistics;

    @Autowired
    Clock clock;

    @Test
    void the_police_and_the_shelter_registration_of_one_victim_are_one_cluster_after_the_second_save()
            throws Exception {
        String surname = LinkagePersons.surname();
        Agency police = CaseFixtures.agency(agencies, "53.71");
        Agency shelter = CaseFixtures.agency(agencies, "53.71");
        SigapUser investigator = TestUsers.user(police.id(), new Grant(Role.INVESTIGATOR, "53"));
        SigapUser caseWorker = TestUsers.user(shelter.id(), new Grant(Role.CASE_WORKER, "53.71"));
        long policeCase =
                caseFiles.open(CaseFixtures.newCase(police.id(), "53.71")).id();
        long shelterCase =
                caseFiles.open(CaseFixtures.newCase(shelter.id(), "53.71")).id();
        LinkagePersons persons = new LinkagePersons(mvc);
        // her own NIK (district 53.71.01, woman born 17-08-1994), so no earlier test's record shares her cluster
        String nik = "537101570894" + (5000 + Math.floorMod(surname.hashCode(), 5000));
        SigapUser analyst = TestUsers.user(Role.ANALYST, "53.71");
        int year = Jakarta.today(clock).getYear();
        statistics.refresh();
        long victimsBefore = victims(analyst, year);

        long byPolice = persons.add(investigator, policeCase, """
                {"role":"VICTIM","fullName":"Yohana %s","sex":"F","birthDate":"1994-08-17","nik":"%s"}
                """.formatted(surname, nik));
        Map<Long, Long> first = clusters.clusterOf(List.of(byPolice));
        assertThat(first.get(byPolice)).as("linked on save: a stored cluster").isPositive();

        long byShelter = persons.add(caseWorker, shelterCase, """
                {"role":"VICTIM","fullName":"Johana %s","sex":"F","birthDate":"1994-08-17"}
                """.formatted(surname));

        Map<Long, Long> both = clusters.clusterOf(List.of(byPolice, byShelter));
        assertThat(both.get(byShelter)).isEqualTo(both.get(byPolice)).isEqualTo(first.get(byPolice));
        assertThat(both.values().stream().distinct().count())
                .as("victims counted")
                .isEqualTo(1);

        // the dashboard (its fact layer, refreshed as its scheduler does) counts one victim more, not two
        statistics.refresh();
        assertThat(victims(analyst, year) - victimsBefore)
                .as("dashboard victims")
                .isEqualTo(1);

        // the shelter's case worker sees the cluster of her record: both records are in her scope, and nobody else's
        // (other tests register a "Johana" born the same day in Kupang under another surname: she stays apart)
        String view = mvc.perform(
                        get("/api/v1/linkage/persons/{id}/cluster", byShelter).with(TestUsers.as(caseWorker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> members = JsonPath.read(view, "$.memberIds");
        assertThat(members.stream().map(Number::longValue)).containsExactlyInAnyOrder(byPolice, byShelter);
        assertThat((Integer) JsonPath.read(view, "$.visibleMembers")).isEqualTo(members.size());
    }

    private long victims(SigapUser analyst, int year) throws Exception {
        String json = mvc.perform(get("/api/v1/stats/victims")
                        .param("year", Integer.toString(year))
                        .param("region", "53.71")
                        .with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> counts = JsonPath.read(json, "$.rows[*].count");
        return counts.stream().mapToLong(Number::longValue).sum();
    }

    @Test
    void a_different_woman_of_the_same_surname_and_another_birth_date_stays_apart() throws Exception {
        String surname = LinkagePersons.surname();
        Agency police = CaseFixtures.agency(agencies, "53.71");
        Agency shelter = CaseFixtures.agency(agencies, "53.71");
        SigapUser investigator = TestUsers.user(police.id(), new Grant(Role.INVESTIGATOR, "53"));
        SigapUser caseWorker = TestUsers.user(shelter.id(), new Grant(Role.CASE_WORKER, "53.71"));
        LinkagePersons persons = new LinkagePersons(mvc);
        long a = persons.add(
                investigator,
                caseFiles.open(CaseFixtures.newCase(police.id(), "53.71")).id(),
                """
                {"role":"VICTIM","fullName":"Maria %s","sex":"F","birthDate":"1971-02-03"}
                """.formatted(surname));
        long b = persons.add(
                caseWorker,
                caseFiles.open(CaseFixtures.newCase(shelter.id(), "53.71")).id(),
                """
                {"role":"VICTIM","fullName":"Yuliana %s","sex":"F","birthDate":"2003-11-30"}
                """.formatted(surname));
        Map<Long, Long> of = clusters.clusterOf(List.of(a, b));
        assertThat(of.get(a)).isPositive().isNotEqualTo(of.get(b));
    }
}
