package id.sigap.support.web;

import static id.sigap.support.SupportFixtures.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFixtures;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.SupportFixtures;
import id.sigap.support.TestDates;
import id.sigap.support.TestUsers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The service plan of a Kota Kupang case: deadlines, overdue items in the provider's inbox, scope and locking. */
@IntegrationTest
class ServicePlanIT {

    @Autowired
    Clock clock;

    /** Today in WIB by the application's clock, read before each test. */
    LocalDate today;

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    Agency kupang;
    Agency hospital;
    SigapUser owner;
    SigapUser analyst;
    SigapUser outsider;
    SigapUser hospitalWorker;
    long caseId;
    long victim;
    long suspect;

    @BeforeEach
    void setUp() throws Exception {
        today = TestDates.today(clock);
        kupang = CaseFixtures.agency(agencies, "53.71");
        hospital = agencies.create(
                NewAgency.of(CaseFixtures.unique("RS Bhayangkara Uji"), AgencyType.HOSPITAL_HEALTH, "53.71"));
        Agency banjar = CaseFixtures.agency(agencies, "63.71");
        owner = TestUsers.user(kupang.id(), new Grant(Role.CASE_WORKER, "53.71"));
        analyst = TestUsers.user(kupang.id(), new Grant(Role.ANALYST, "53"));
        outsider = TestUsers.user(banjar.id(), new Grant(Role.CASE_WORKER, "63.71"));
        hospitalWorker = TestUsers.user(hospital.id(), new Grant(Role.CASE_WORKER, "53.71.01"));
        caseId = caseFiles.open(CaseFixtures.newCase(kupang.id(), "53.71")).id();
        victim = SupportFixtures.addPerson(mvc, caseId, owner, "VICTIM", "Korban Rencana", 30);
        suspect = SupportFixtures.addPerson(mvc, caseId, owner, "SUSPECT", "Pelaku Rencana", 40);
    }

    long addOverdueItem() throws Exception {
        return SupportFixtures.id(mvc.perform(json(
                        post("/api/v1/cases/{id}/services", caseId),
                        owner,
                        Map.of(
                                "personId",
                                victim,
                                "service",
                                "HEALTH_REHABILITATION",
                                "providerAgencyId",
                                hospital.id(),
                                "requestedOn",
                                today.minusDays(10).toString())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadline.due").value(today.minusDays(3).toString()))
                .andExpect(jsonPath("$.deadline.article").value("52"))
                .andExpect(jsonPath("$.deadlineState.kind").value("OVERDUE"))
                .andExpect(jsonPath("$.deadlineState.days").value(3))
                .andExpect(jsonPath("$.recordedByName").value(owner.displayName())));
    }

    @Test
    void the_plan_shows_the_statutory_deadline_and_what_is_overdue() throws Exception {
        long item = addOverdueItem();
        mvc.perform(get("/api/v1/cases/{id}/services", caseId).with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(caseId))
                .andExpect(jsonPath("$.persons.length()").value(1))
                .andExpect(jsonPath("$.persons[0].personId").value(victim))
                .andExpect(jsonPath("$.persons[0].role").value("VICTIM"))
                .andExpect(jsonPath("$.persons[0].items[0].id").value(item))
                .andExpect(jsonPath("$.persons[0].items[0].providerName").value(hospital.name()));
        mvc.perform(get("/kasus/{id}/layanan", caseId).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Terlambat 3 hari")))
                .andExpect(content().string(containsString("Korban Rencana")))
                .andExpect(content().string(not(containsString("Pelaku Rencana"))))
                // no referrals yet: the empty state, not an empty table
                .andExpect(content().string(containsString("Belum ada rujukan.")))
                .andExpect(content().string(not(containsString("Dari instansi"))));
        mvc.perform(get("/kasus/{id}/layanan", caseId).param("lang", "en").with(TestUsers.as(owner)))
                .andExpect(content().string(containsString("3 days overdue")));
        mvc.perform(get("/api/v1/services/overdue").param("size", "200").with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) item)));
        mvc.perform(get("/api/v1/services/overdue").param("size", "200").with(TestUsers.as(outsider)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) item))));
        mvc.perform(get("/layanan/terlambat").with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/kasus/" + caseId + "/layanan")));
        mvc.perform(get("/layanan/terlambat").with(TestUsers.as(TestUsers.user(Role.AUDITOR, "53"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void only_victims_and_witnesses_of_the_case_get_services_and_bad_dates_are_refused() throws Exception {
        mvc.perform(json(
                        post("/api/v1/cases/{id}/services", caseId),
                        owner,
                        Map.of("personId", suspect, "service", "LEGAL")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("service.person-not-in-case"));
        mvc.perform(json(
                        post("/api/v1/cases/{id}/services", caseId),
                        owner,
                        Map.of("personId", victim, "service", "MASSAGE")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("support.service-unknown"));
        mvc.perform(json(
                        post("/api/v1/cases/{id}/services", caseId),
                        owner,
                        Map.of(
                                "personId",
                                victim,
                                "service",
                                "LEGAL",
                                "requestedOn",
                                today.toString(),
                                "startedOn",
                                today.minusDays(1).toString())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("service.started-before-requested"));
        mvc.perform(post("/kasus/{id}/layanan", caseId)
                        .param("personId", String.valueOf(victim))
                        .param("service", "LEGAL")
                        .param("requestedOn", today.plusDays(2).toString())
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Tanggal tidak boleh di masa depan.")));
    }

    @Test
    void users_outside_the_case_scope_are_refused_in_the_api_and_the_pages() throws Exception {
        long item = addOverdueItem();
        mvc.perform(get("/api/v1/cases/{id}/services", caseId).with(TestUsers.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/kasus/{id}/layanan", caseId).with(TestUsers.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(json(
                        post("/api/v1/cases/{id}/services", caseId),
                        outsider,
                        Map.of("personId", victim, "service", "LEGAL")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/kasus/{id}/layanan", caseId)
                        .param("personId", String.valueOf(victim))
                        .param("service", "LEGAL")
                        .with(csrf())
                        .with(TestUsers.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(json(
                        put("/api/v1/cases/{id}/services/{item}", caseId, item),
                        outsider,
                        Map.of("startedOn", today.toString(), "version", 0)))
                .andExpect(status().isForbidden());
        mvc.perform(json(
                        post("/api/v1/cases/{id}/services", caseId),
                        analyst,
                        Map.of("personId", victim, "service", "LEGAL")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{id}/services", 999_999_999L).with(TestUsers.as(owner)))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_provider_records_progress_only_and_stale_versions_are_refused() throws Exception {
        long item = addOverdueItem();
        mvc.perform(get("/api/v1/inbox").with(TestUsers.as(hospitalWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.itemsOverdue").value(1))
                .andExpect(jsonPath("$.overdue[0].id").value(item));
        mvc.perform(get("/kotak-kerja/jumlah").with(TestUsers.as(hospitalWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">1<")));
        mvc.perform(get("/kotak-kerja").with(TestUsers.as(hospitalWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Terlambat 3 hari")))
                .andExpect(content().string(not(containsString("Korban Rencana"))));

        mvc.perform(json(
                        put("/api/v1/cases/{id}/services/{item}", caseId, item),
                        hospitalWorker,
                        Map.of(
                                "service",
                                "LEGAL",
                                "startedOn",
                                today.minusDays(1).toString(),
                                "notes",
                                "Visum dan pemeriksaan",
                                "version",
                                0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value("HEALTH_REHABILITATION"))
                .andExpect(jsonPath("$.requestedOn").value(today.minusDays(10).toString()))
                .andExpect(jsonPath("$.deadlineState.kind").value("MET_LATE"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.recordedByName").value(hospitalWorker.displayName()));
        mvc.perform(json(
                        put("/api/v1/cases/{id}/services/{item}", caseId, item),
                        owner,
                        Map.of("personId", victim, "service", "HEALTH_REHABILITATION", "version", 0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("service.version-conflict"));
        mvc.perform(get("/api/v1/inbox/counts").with(TestUsers.as(hospitalWorker)))
                .andExpect(jsonPath("$.itemsOverdue").value(0));
        mvc.perform(get("/kasus/{id}/layanan", caseId).with(TestUsers.as(hospitalWorker)))
                .andExpect(status().isForbidden());
    }

    @Test
    void referral_pages_require_consent_and_a_rejection_reason_and_refuse_a_third_agency() throws Exception {
        Agency shelter =
                agencies.create(NewAgency.of(CaseFixtures.unique("RPTC Uji"), AgencyType.SOCIAL_SERVICE_SHELTER, "65"));
        SigapUser shelterWorker = TestUsers.user(shelter.id(), new Grant(Role.CASE_WORKER, "65"));
        mvc.perform(post("/kasus/{id}/rujukan", caseId)
                        .param("personId", String.valueOf(victim))
                        .param("service", "SOCIAL_REHABILITATION")
                        .param("toAgencyId", String.valueOf(shelter.id()))
                        .param("reason", "Rumah aman")
                        .param("sharesPersonData", "true")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Data pribadi hanya dapat dibagikan dengan persetujuan")));
        var sent = mvc.perform(post("/kasus/{id}/rujukan", caseId)
                        .param("personId", String.valueOf(victim))
                        .param("service", "SOCIAL_REHABILITATION")
                        .param("toAgencyId", String.valueOf(shelter.id()))
                        .param("reason", "Rumah aman")
                        .param("sharesPersonData", "true")
                        .param("consentGivenBy", "PERSON")
                        .param("consentGivenOn", today.toString())
                        .param("consentPurpose", "Rehabilitasi sosial di RPTC")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = sent.getResponse().getRedirectedUrl();
        mvc.perform(get("/api/v1/inbox/counts").with(TestUsers.as(shelterWorker)))
                .andExpect(jsonPath("$.referralsWaiting").value(1));
        mvc.perform(get("/kotak-kerja").with(TestUsers.as(shelterWorker)))
                .andExpect(content().string(containsString(location)));
        mvc.perform(get(location).with(TestUsers.as(outsider))).andExpect(status().isForbidden());
        mvc.perform(post(location + "/terima").with(csrf()).with(TestUsers.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get(location).with(TestUsers.as(shelterWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Terima rujukan")))
                .andExpect(content().string(not(containsString("Korban Rencana"))));
        mvc.perform(post(location + "/tolak").param("reason", " ").with(csrf()).with(TestUsers.as(shelterWorker)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Penolakan harus disertai alasan.")));
        mvc.perform(post(location + "/terima").with(csrf()).with(TestUsers.as(shelterWorker)))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).with(TestUsers.as(shelterWorker)))
                .andExpect(content().string(containsString("Korban Rencana")))
                .andExpect(content().string(containsString("Layanan yang dirujuk")));
        mvc.perform(get("/kasus/{id}", caseId).with(TestUsers.as(shelterWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/kasus/{id}/layanan", caseId).with(TestUsers.as(shelterWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Korban Rencana")))
                .andExpect(content().string(not(containsString("Pelaku Rencana"))));
        mvc.perform(post(location + "/cabut").with(csrf()).with(TestUsers.as(owner)))
                .andExpect(redirectedUrl(location));
        mvc.perform(get("/kasus/{id}/layanan", caseId).with(TestUsers.as(shelterWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get(location).with(TestUsers.as(shelterWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Korban Rencana"))));
        mvc.perform(get("/api/v1/referrals").param("status", "REVOKED").with(TestUsers.as(owner)))
                .andExpect(jsonPath("$.content[*].toAgencyId", hasItem((int) shelter.id())));
    }

    @Test
    void the_case_closes_only_when_every_service_is_done_or_carries_a_reason() throws Exception {
        long item = addOverdueItem();
        mvc.perform(json(
                        post("/api/v1/cases/{id}/status", caseId),
                        owner,
                        Map.of("version", 0, "action", "close", "reason", "RESOLVED")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("service.open-items"));
        mvc.perform(json(
                        put("/api/v1/cases/{id}/services/{item}", caseId, item),
                        owner,
                        Map.of(
                                "personId",
                                victim,
                                "service",
                                "HEALTH_REHABILITATION",
                                "providerAgencyId",
                                hospital.id(),
                                "requestedOn",
                                today.minusDays(10).toString(),
                                "closingReason",
                                "Korban menolak pemeriksaan lanjutan",
                                "version",
                                0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closingReason").value("Korban menolak pemeriksaan lanjutan"));
        mvc.perform(json(
                        post("/api/v1/cases/{id}/status", caseId),
                        owner,
                        Map.of("version", 0, "action", "close", "reason", "RESOLVED")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }
}
