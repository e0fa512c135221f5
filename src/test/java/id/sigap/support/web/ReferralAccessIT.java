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
import id.sigap.support.TestUsers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Kota Kupang case worker refers a victim to a shelter in Kalimantan Utara: consent is required to share the
 * person's data, the shelter reads the referred person's services only while the accepted referral holds (never the
 * case file, never another person of the case), and a third agency never does.
 */
@IntegrationTest
class ReferralAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    Agency kupang;
    Agency shelter;
    Agency third;
    SigapUser owner;
    SigapUser shelterWorker;
    SigapUser thirdWorker;
    long caseId;
    long victim;
    long child;

    @BeforeEach
    void setUp() throws Exception {
        kupang = CaseFixtures.agency(agencies, "53.71");
        shelter =
                agencies.create(NewAgency.of(CaseFixtures.unique("RPTC Uji"), AgencyType.SOCIAL_SERVICE_SHELTER, "65"));
        third = CaseFixtures.agency(agencies, "63.71");
        owner = TestUsers.user(kupang.id(), new Grant(Role.CASE_WORKER, "53.71"));
        shelterWorker = TestUsers.user(shelter.id(), new Grant(Role.CASE_WORKER, "65"));
        thirdWorker = TestUsers.user(third.id(), new Grant(Role.CASE_WORKER, "63.71"));
        caseId = caseFiles.open(CaseFixtures.newCase(kupang.id(), "53.71")).id();
        victim = SupportFixtures.addPerson(mvc, caseId, owner, "VICTIM", "Korban Uji", 24);
        child = SupportFixtures.addPerson(mvc, caseId, owner, "VICTIM", "Anak Uji", 15);
    }

    Map<String, Object> referral(long personId, boolean share) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("service", "SOCIAL_REHABILITATION");
        body.put("toAgencyId", shelter.id());
        body.put("reason", "Perlu rumah aman dan rehabilitasi sosial");
        body.put("sharesPersonData", share);
        return body;
    }

    Map<String, Object> withConsent(Map<String, Object> body) {
        body.put("consentGivenBy", "PERSON");
        body.put("consentGivenOn", today().toString());
        body.put("consentPurpose", "Rujukan ke RPTC untuk rehabilitasi sosial");
        return body;
    }

    long refer(Map<String, Object> body) throws Exception {
        return SupportFixtures.id(mvc.perform(json(post("/api/v1/cases/{id}/referrals", caseId), owner, body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED")));
    }

    void step(long referralId, String step, SigapUser by, int expected) throws Exception {
        mvc.perform(post("/api/v1/referrals/{id}/" + step, referralId)
                        .with(csrf())
                        .with(TestUsers.as(by)))
                .andExpect(status().is(expected));
    }

    /** The case file itself is never opened by a referral; the services of the referred person are, while it holds. */
    void caseReadable(SigapUser user, boolean servicesReadable) throws Exception {
        mvc.perform(get("/api/v1/cases/{id}", caseId).with(TestUsers.as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/kasus/{id}", caseId).with(TestUsers.as(user))).andExpect(status().isForbidden());
        int expected = servicesReadable ? 200 : 403;
        mvc.perform(get("/api/v1/cases/{id}/services", caseId).with(TestUsers.as(user)))
                .andExpect(status().is(expected));
        mvc.perform(get("/kasus/{id}/layanan", caseId).with(TestUsers.as(user))).andExpect(status().is(expected));
        mvc.perform(get("/api/v1/cases/{id}/repatriation", caseId).with(TestUsers.as(user)))
                .andExpect(status().is(expected));
        mvc.perform(get("/api/v1/cases/{id}/referrals", caseId).with(TestUsers.as(user)))
                .andExpect(status().is(expected));
    }

    @Test
    void the_grant_covers_only_the_referred_person_not_the_others_of_the_case() throws Exception {
        long id = refer(withConsent(referral(victim, true)));
        var other = referral(child, false);
        other.put("service", "HEALTH_REHABILITATION");
        long otherReferral = refer(other);
        step(id, "accept", shelterWorker, 200);
        step(otherReferral, "accept", shelterWorker, 200);
        caseReadable(shelterWorker, true);
        mvc.perform(get("/api/v1/cases/{id}/services", caseId).with(TestUsers.as(shelterWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.persons[*].personId", hasItem((int) victim)))
                .andExpect(jsonPath("$.persons[*].personId", not(hasItem((int) child))))
                .andExpect(jsonPath("$.persons.length()").value(1))
                .andExpect(content().string(containsString("Korban Uji")))
                .andExpect(content().string(not(containsString("Anak Uji"))));
        mvc.perform(get("/kasus/{id}/layanan", caseId).with(TestUsers.as(shelterWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Korban Uji")))
                .andExpect(content().string(not(containsString("Anak Uji"))))
                .andExpect(content().string(containsString("id=\"referred-only\"")));
        mvc.perform(get("/api/v1/referrals/{id}", otherReferral).with(TestUsers.as(shelterWorker)))
                .andExpect(jsonPath("$.personName").doesNotExist());
        mvc.perform(get("/api/v1/cases/{id}/services", caseId).with(TestUsers.as(owner)))
                .andExpect(jsonPath("$.persons[*].personId", hasItem((int) child)));

        step(id, "revoke", owner, 200);
        caseReadable(shelterWorker, false);
    }

    @Test
    void person_data_is_not_shared_without_consent() throws Exception {
        mvc.perform(json(post("/api/v1/cases/{id}/referrals", caseId), owner, referral(victim, true)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].code", hasItem("referral.consent-required")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("referral.consent-purpose-required")));
        var adultOverride = referral(victim, true);
        adultOverride.put("overrideReason", "Dalam bahaya");
        mvc.perform(json(post("/api/v1/cases/{id}/referrals", caseId), owner, adultOverride))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("referral.override-child-only"));
        mvc.perform(get("/api/v1/cases/{id}/referrals", caseId).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void a_referral_without_person_data_grants_no_access_to_the_case() throws Exception {
        long id = refer(referral(victim, false));
        step(id, "accept", shelterWorker, 200);
        caseReadable(shelterWorker, false);
        mvc.perform(get("/api/v1/referrals/{id}", id).with(TestUsers.as(shelterWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.personName").doesNotExist())
                .andExpect(jsonPath("$.personId").doesNotExist());
    }

    @Test
    void the_receiver_reads_the_case_only_while_the_accepted_referral_holds() throws Exception {
        long id = refer(withConsent(referral(victim, true)));
        caseReadable(shelterWorker, false);
        mvc.perform(get("/api/v1/referrals/{id}", id).with(TestUsers.as(shelterWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personName").doesNotExist());
        mvc.perform(get("/api/v1/referrals").param("status", "REQUESTED").with(TestUsers.as(shelterWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));

        mvc.perform(get("/api/v1/referrals/{id}", id).with(TestUsers.as(thirdWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/referrals").with(TestUsers.as(thirdWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        step(id, "accept", thirdWorker, 403);
        step(id, "accept", owner, 403);
        step(id, "complete", shelterWorker, 409);

        step(id, "accept", shelterWorker, 200);
        caseReadable(shelterWorker, true);
        caseReadable(thirdWorker, false);
        mvc.perform(get("/api/v1/referrals/{id}", id).with(TestUsers.as(shelterWorker)))
                .andExpect(jsonPath("$.personName").value("Korban Uji"));
        step(id, "accept", shelterWorker, 409);
        step(id, "reject", shelterWorker, 422);

        step(id, "revoke", shelterWorker, 403);
        step(id, "revoke", owner, 200);
        caseReadable(shelterWorker, false);
        step(id, "complete", shelterWorker, 409);
        step(id, "revoke", owner, 409);
    }

    @Test
    void done_ends_the_access_and_a_rejection_needs_a_reason() throws Exception {
        long id = refer(withConsent(referral(victim, true)));
        mvc.perform(json(post("/api/v1/referrals/{id}/reject", id), shelterWorker, Map.of("reason", "  ")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("referral.rejection-reason-required"));
        mvc.perform(json(post("/api/v1/referrals/{id}/reject", id), thirdWorker, Map.of("reason", "Penuh")))
                .andExpect(status().isForbidden());
        step(id, "accept", shelterWorker, 200);
        caseReadable(shelterWorker, true);
        step(id, "complete", shelterWorker, 200);
        caseReadable(shelterWorker, false);

        long second = refer(withConsent(referral(victim, true)));
        mvc.perform(json(
                        post("/api/v1/referrals/{id}/reject", second),
                        shelterWorker,
                        Map.of("reason", "Kapasitas penuh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rejectionReason").value("Kapasitas penuh"));
        caseReadable(shelterWorker, false);
        mvc.perform(get("/api/v1/inbox/counts").with(TestUsers.as(shelterWorker)))
                .andExpect(jsonPath("$.referralsWaiting").value(0))
                .andExpect(jsonPath("$.itemsDue").value(0));
        mvc.perform(get("/api/v1/cases/{id}/services", caseId).with(TestUsers.as(owner)))
                .andExpect(jsonPath("$.persons[?(@.personId == " + victim + ")].items[0].providerAgencyId")
                        .value(org.hamcrest.Matchers.empty()));
    }

    @Test
    void a_child_in_danger_is_referred_with_an_audited_override() throws Exception {
        var body = referral(child, true);
        body.put("overrideReason", "Anak dalam bahaya, orang tua diduga pelaku");
        long id = refer(body);
        mvc.perform(get("/api/v1/referrals/{id}", id).with(TestUsers.as(owner)))
                .andExpect(jsonPath("$.consentOverridden").value(true))
                .andExpect(jsonPath("$.personChild").value(true));
        SigapUser auditor = TestUsers.user(Role.AUDITOR, null);
        mvc.perform(get("/api/v1/audit")
                        .param("objectType", "referral")
                        .param("objectId", String.valueOf(id))
                        .with(TestUsers.as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("consent-override: Anak dalam bahaya")));
    }

    @Test
    void the_referral_names_the_shelter_as_provider_on_the_plan() throws Exception {
        long id = refer(withConsent(referral(victim, true)));
        mvc.perform(get("/api/v1/cases/{id}/services", caseId).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.persons[?(@.personId == " + victim + ")].items[0].providerAgencyId")
                        .value(hasItem((int) shelter.id())))
                .andExpect(jsonPath("$.persons[?(@.personId == " + victim + ")].items[0].deadline.due")
                        .value(hasItem(today().plusDays(7).toString())));
        step(id, "accept", shelterWorker, 200);
        long item = itemOf(id);
        mvc.perform(json(
                        put("/api/v1/cases/{id}/services/{item}", caseId, item),
                        thirdWorker,
                        Map.of("startedOn", today().toString(), "version", 0)))
                .andExpect(status().isForbidden());
        mvc.perform(json(
                        put("/api/v1/cases/{id}/services/{item}", caseId, item),
                        shelterWorker,
                        Map.of(
                                "startedOn",
                                today().toString(),
                                "completedOn",
                                today().toString(),
                                "outcome",
                                "DELIVERED",
                                "version",
                                0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlineState.kind").value("MET"))
                .andExpect(jsonPath("$.providerAgencyId").value(shelter.id()))
                .andExpect(jsonPath("$.service").value("SOCIAL_REHABILITATION"));
        mvc.perform(json(
                        put("/api/v1/cases/{id}/services/{item}", caseId, item),
                        shelterWorker,
                        Map.of("startedOn", today().toString(), "version", 0)))
                .andExpect(status().isConflict());
    }

    long itemOf(long referralId) throws Exception {
        String body = mvc.perform(get("/api/v1/referrals/{id}", referralId).with(TestUsers.as(owner)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var m = java.util.regex.Pattern.compile("\"serviceItemId\"\\s*:\\s*(\\d+)")
                .matcher(body);
        if (!m.find()) {
            throw new AssertionError(body);
        }
        return Long.parseLong(m.group(1));
    }

    /** Today in Jakarta by the application's clock, as the application dates things (not the test's load time). */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    }
}
