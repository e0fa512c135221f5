package id.sigap.support.web;

import static id.sigap.support.SupportFixtures.json;
import static org.hamcrest.Matchers.containsString;
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
import id.sigap.support.TestDates;
import id.sigap.support.TestUsers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A child is repatriated from Kuala Lumpur to Kota Kupang in legs, each run by its agency, always escorted. */
@IntegrationTest
class RepatriationIT {

    @Autowired
    Clock clock;

    /** Today in WIB by the application's clock, read before each test. */
    LocalDate today;

    @BeforeEach
    void readToday() {
        today = TestDates.today(clock);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Test
    void legs_are_planned_in_order_run_by_their_agency_and_a_child_travels_only_with_an_escort() throws Exception {
        Agency kupang = CaseFixtures.agency(agencies, "53.71");
        Agency mission = agencies.create(
                NewAgency.of(CaseFixtures.unique("KBRI Kuala Lumpur"), AgencyType.MISSION_ABROAD, null));
        SigapUser owner = TestUsers.user(kupang.id(), new Grant(Role.CASE_WORKER, "53.71"));
        SigapUser missionWorker = TestUsers.user(mission.id(), new Grant(Role.CASE_WORKER, null));
        SigapUser outsider = TestUsers.user(0L, new Grant(Role.CASE_WORKER, "63.71"));
        long caseId = caseFiles.open(CaseFixtures.newCase(kupang.id(), "53.71")).id();
        long child = SupportFixtures.addPerson(mvc, caseId, owner, "VICTIM", "Anak Pulang", 16);

        long first = SupportFixtures.id(mvc.perform(json(
                        post("/api/v1/cases/{id}/repatriation", caseId),
                        owner,
                        Map.of(
                                "personId", child,
                                "fromPlace", "KBRI Kuala Lumpur",
                                "toPlace", "Pelabuhan Nunukan",
                                "toRegionCode", "65.03",
                                "responsibleAgencyId", mission.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.seq").value(1))
                .andExpect(jsonPath("$.status").value("PLANNED")));
        mvc.perform(json(
                        post("/api/v1/cases/{id}/repatriation", caseId),
                        owner,
                        Map.of(
                                "personId", child,
                                "fromPlace", "Pelabuhan Nunukan",
                                "toPlace", "Kota Kupang",
                                "toRegionCode", "53.71",
                                "responsibleAgencyId", kupang.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.seq").value(2));
        mvc.perform(json(
                        post("/api/v1/cases/{id}/repatriation", caseId),
                        owner,
                        Map.of(
                                "personId",
                                child,
                                "fromPlace",
                                " ",
                                "toPlace",
                                "X",
                                "responsibleAgencyId",
                                kupang.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("repatriation.place-required"));

        Map<String, Object> departed = new HashMap<>(Map.of(
                "version",
                0,
                "status",
                "IN_TRANSIT",
                "departedOn",
                today.minusDays(2).toString()));
        mvc.perform(json(put("/api/v1/cases/{id}/repatriation/{leg}", caseId, first), missionWorker, departed))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("repatriation.escort-required"));
        departed.put("escortName", "Pendamping KBRI");
        mvc.perform(json(put("/api/v1/cases/{id}/repatriation/{leg}", caseId, first), outsider, departed))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/cases/{id}/repatriation/{leg}", caseId, first), missionWorker, departed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_TRANSIT"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/cases/{id}/repatriation/{leg}", caseId, first), missionWorker, departed))
                .andExpect(status().isConflict());
        Map<String, Object> done = new HashMap<>(departed);
        done.put("version", 1);
        done.put("status", "DONE");
        mvc.perform(json(put("/api/v1/cases/{id}/repatriation/{leg}", caseId, first), missionWorker, done))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("repatriation.arrival-required"));
        done.put("arrivedOn", today.minusDays(1).toString());
        mvc.perform(json(put("/api/v1/cases/{id}/repatriation/{leg}", caseId, first), missionWorker, done))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"));

        mvc.perform(get("/api/v1/cases/{id}/repatriation", caseId).with(TestUsers.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{id}/repatriation", caseId).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].escortName").value("Pendamping KBRI"))
                .andExpect(jsonPath("$[1].toPlace").value("Kota Kupang"));
        mvc.perform(get("/kasus/{id}/layanan", caseId).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("KBRI Kuala Lumpur → Pelabuhan Nunukan")))
                .andExpect(content().string(containsString("Pendamping: Pendamping KBRI")));
    }
}
