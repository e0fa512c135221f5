package id.sigap.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFixtures;
import id.sigap.cases.LinkablePersons;
import id.sigap.cases.LinkablePersons.LinkablePerson;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The persons linkage reads from cases: linkage fields and blind indexes, never an identifier in clear. */
@IntegrationTest
class LinkablePersonsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    LinkablePersons persons;

    final SigapUser kupangWorker = TestUsers.user(Role.CASE_WORKER, "53.71");

    private long addPerson(long caseId, String json) throws Exception {
        String body = mvc.perform(post("/api/v1/cases/{id}/persons", caseId)
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(body.replaceAll("\\D", ""));
    }

    @Test
    void a_police_and_a_shelter_registration_are_read_with_blind_indexes_only() throws Exception {
        String tag = CaseFixtures.unique("Nope").replace(" ", "");
        Agency kupang = CaseFixtures.agency(agencies, "53.71");
        long caseId = caseFiles.open(CaseFixtures.newCase(kupang.id(), "53.71")).id();
        String nik = "5371015708940003";
        long police = addPerson(caseId, """
                {"role":"VICTIM","fullName":"Yohana %s","sex":"F","birthDate":"1994-08-17","nik":"%s","phone":"081339001122"}
                """.formatted(tag, nik));
        long shelter = addPerson(caseId, """
                {"role":"VICTIM","fullName":"Johana %s","sex":"F","birthDate":"1994-08-17"}
                """.formatted(tag));

        LinkablePerson p = persons.find(police).orElseThrow();
        assertThat(p.fullName()).isEqualTo("Yohana " + tag);
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1994, 8, 17));
        assertThat(p.sex()).isEqualTo("F");
        assertThat(p.regionCode()).startsWith("53.71");
        assertThat(p.registeringAgencyId()).isEqualTo(kupangWorker.agencyId());
        assertThat(p.nikIndex()).isNotBlank().doesNotContain(nik).doesNotContain("5371");
        assertThat(p.phoneIndex()).isNotBlank().doesNotContain("081339001122");
        assertThat(p.passportIndex()).isNull();

        LinkablePerson s = persons.find(shelter).orElseThrow();
        assertThat(s.nikIndex()).isNull();
        assertThat(s.phoneIndex()).isNull();

        List<LinkablePerson> page = persons.after(police - 1, 2);
        assertThat(page).extracting(LinkablePerson::personId).containsExactly(police, shelter);
        assertThat(persons.after(shelter, 5))
                .extracting(LinkablePerson::personId)
                .allMatch(id -> id > shelter);
        assertThat(persons.find(-1)).isEmpty();
    }
}
