package id.sigap.prevention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.PersonRole;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestDates;
import id.sigap.support.TestUsers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A port officer in Kota Kupang records an interception at Pelabuhan Tenau with persons registered (with consent)
 * and counted; one person becomes a victim in a new case with the recruiter as suspect; readers outside Kota Kupang
 * are refused in the UI and the API, and readers who may only see counts never get names.
 */
@IntegrationTest
class InterceptionsIT {

    @Autowired
    Clock clock;

    /** Today in WIB by the application's clock, read before each test. */
    LocalDate today;

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    CaseFiles caseFiles;

    String tag;
    SigapUser officer;

    @BeforeEach
    void officer() {
        today = TestDates.today(clock);
        tag = UUID.randomUUID().toString().substring(0, 8);
        Agency bp3mi = agencies.create(NewAgency.of("BP3MI NTT " + tag, AgencyType.KP2MI_BP3MI, "53"));
        officer = TestUsers.user(bp3mi.id(), new Grant(Role.INTAKE_OFFICER, "53.71"));
    }

    long interception(String point, int women, int men) throws Exception {
        var result = mvc.perform(post("/pencegahan/intersepsi")
                        .with(TestUsers.as(officer))
                        .with(csrf())
                        .param("interceptedOn", today.toString())
                        .param("crossingPointCode", point)
                        .param("destinationCountry", "MY")
                        .param("intendedJob", "PLANTATION")
                        .param("women", String.valueOf(women))
                        .param("girls", "0")
                        .param("men", String.valueOf(men))
                        .param("boys", "0")
                        .param("recruiterName", "Calo " + tag)
                        .param("recruiterRole", "RECRUITER")
                        .param("recruiterPhone", "081234567890"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/pencegahan/intersepsi/*"))
                .andReturn();
        String url = result.getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    void addPerson(long id, String name, int age) throws Exception {
        mvc.perform(post("/pencegahan/intersepsi/{id}/orang", id)
                        .with(TestUsers.as(officer))
                        .with(csrf())
                        .param("fullName", name)
                        .param("sex", "F")
                        .param("estimatedAge", String.valueOf(age))
                        .param("consentGivenBy", "PERSON")
                        .param("consentGivenOn", today.toString()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void a_person_identified_as_victim_gets_a_case_with_the_recruiter_as_suspect() throws Exception {
        long id = interception("TENAU", 1, 2);
        addPerson(id, "Maria " + tag, 19);
        addPerson(id, "Anjelina " + tag, 16);
        mvc.perform(get("/api/v1/interceptions/{id}", id).with(TestUsers.as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode").value("53.71.01"))
                .andExpect(jsonPath("$.persons.women").value(2))
                .andExpect(jsonPath("$.persons.girls").value(1))
                .andExpect(jsonPath("$.persons.men").value(2))
                .andExpect(jsonPath("$.registeredCount").value(2))
                .andExpect(jsonPath("$.registered[0].fullName").value("Maria " + tag))
                .andExpect(jsonPath("$.recruiters[0].phone").value("081234567890"));

        String body = mvc.perform(get("/api/v1/interceptions/{id}", id).with(TestUsers.as(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var m = java.util.regex.Pattern.compile("\"id\":(\\d+),\"fullName\":\"Maria")
                .matcher(body);
        assertThat(m.find()).isTrue();
        long personId = Long.parseLong(m.group(1));

        var result = mvc.perform(post("/pencegahan/intersepsi/{id}/orang/{p}/korban", id, personId)
                        .with(TestUsers.as(officer))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/kasus/*"))
                .andReturn();
        String url = result.getResponse().getRedirectedUrl();
        long caseId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        var c = caseFiles.summary(caseId).orElseThrow();
        assertThat(c.regionCode()).isEqualTo("53.71.01");
        assertThat(c.owningAgencyId()).isEqualTo(officer.agencyId());
        assertThat(caseFiles.persons(caseId, PersonRole.VICTIM))
                .extracting(CaseFiles.CasePersonRef::displayName)
                .containsExactly("Maria " + tag);
        assertThat(caseFiles.persons(caseId, PersonRole.SUSPECT))
                .extracting(CaseFiles.CasePersonRef::displayName)
                .containsExactly("Calo " + tag);

        mvc.perform(get("/pencegahan/intersepsi/{id}", id).with(TestUsers.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(c.caseNumber())));
        mvc.perform(post("/pencegahan/intersepsi/{id}/orang/{p}/korban", id, personId)
                        .with(TestUsers.as(officer))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isConflict());
        mvc.perform(post("/pencegahan/intersepsi/{id}/hapus", id)
                        .with(TestUsers.as(officer))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    void a_person_is_registered_only_with_consent() throws Exception {
        long id = interception("TENAU", 0, 1);
        mvc.perform(post("/pencegahan/intersepsi/{id}/orang", id)
                        .with(TestUsers.as(officer))
                        .with(csrf())
                        .param("fullName", "Tanpa Persetujuan " + tag)
                        .param("sex", "M")
                        .param("estimatedAge", "22"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("persetujuan")));
    }

    @Test
    void a_stale_version_of_the_header_is_refused() throws Exception {
        long id = interception("TENAU", 1, 0);
        var change = post("/pencegahan/intersepsi/{id}", id)
                .with(TestUsers.as(officer))
                .with(csrf())
                .param("interceptedOn", today.toString())
                .param("crossingPointCode", "TENAU")
                .param("intendedJob", "FISHING")
                .param("women", "2")
                .param("version", "0");
        mvc.perform(change).andExpect(status().is3xxRedirection());
        mvc.perform(change).andExpect(status().isConflict());
    }

    @Test
    void officers_outside_kota_kupang_are_refused_in_the_pages_and_the_api() throws Exception {
        long id = interception("TENAU", 1, 1);
        SigapUser banjarmasin = TestUsers.user(Role.INTAKE_OFFICER, "63.71");
        mvc.perform(get("/pencegahan/intersepsi/{id}", id).with(TestUsers.as(banjarmasin)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/interceptions/{id}", id).with(TestUsers.as(banjarmasin)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/interceptions").param("region", "53.71").with(TestUsers.as(banjarmasin)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
        mvc.perform(get("/pencegahan/intersepsi").param("wilayah", "53").with(TestUsers.as(banjarmasin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pencegahan/intersepsi/{id}/orang", id)
                        .with(TestUsers.as(banjarmasin))
                        .with(csrf())
                        .param("fullName", "X")
                        .param("sex", "F")
                        .param("estimatedAge", "20")
                        .param("consentGivenBy", "PERSON")
                        .param("consentGivenOn", today.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/interceptions").with(TestUsers.as(banjarmasin)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("\"id\":" + id + ","))));
        mvc.perform(get("/api/v1/interceptions").param("region", "53.71")).andExpect(status().isUnauthorized());
    }

    @Test
    void readers_of_counts_get_counts_but_never_names() throws Exception {
        long id = interception("TENAU", 2, 0);
        addPerson(id, "Rahasia " + tag, 25);
        SigapUser analyst = TestUsers.user(Role.ANALYST, "53");
        mvc.perform(get("/api/v1/interceptions")
                        .param("region", "53.71")
                        .param("year", String.valueOf(today.getYear()))
                        .with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + id + ",")))
                .andExpect(content().string(not(containsString("Rahasia"))))
                .andExpect(content().string(not(containsString("Calo " + tag))))
                .andExpect(jsonPath("$.totals.persons").isNumber());
        for (String sort : new String[] {"DATE", "DATE_ASC", "PLACE", "PERSONS"}) {
            mvc.perform(get("/pencegahan/intersepsi")
                            .param("wilayah", "53.71")
                            .param("urut", sort)
                            .param("tahun", String.valueOf(today.getYear()))
                            .with(TestUsers.as(analyst)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("/pencegahan/intersepsi/" + id + "\"")))
                    .andExpect(content().string(not(containsString("Rahasia"))));
        }
        mvc.perform(get("/pencegahan/intersepsi/{id}", id).with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Rahasia"))));
        mvc.perform(get("/api/v1/interceptions").param("region", "53.71").with(TestUsers.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rahasia " + tag)));
    }
}
