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
import id.sigap.support.TestDates;
import id.sigap.support.TestUsers;
import id.sigap.support.internal.OverdueAlerts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The forms of the services page after the services: a child's repatriation legs (escort required, optimistic
 * locking, the responsible agency records progress, outsiders refused), and the reintegration visits suggested when
 * she is home (recorded with coded findings; overdue ones in the visiting agency's inbox, raised once).
 */
@IntegrationTest
class FollowUpIT {

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

    @Autowired
    OverdueAlerts alerts;

    Agency kupang;
    Agency mission;
    SigapUser owner;
    SigapUser missionWorker;
    SigapUser outsider;
    long caseId;
    long child;

    @BeforeEach
    void setUp() throws Exception {
        today = TestDates.today(clock);
        kupang = CaseFixtures.agency(agencies, "53.71");
        mission = agencies.create(
                NewAgency.of(CaseFixtures.unique("KBRI Kuala Lumpur"), AgencyType.MISSION_ABROAD, null));
        Agency banjar = CaseFixtures.agency(agencies, "63.71");
        owner = TestUsers.user(kupang.id(), new Grant(Role.CASE_WORKER, "53.71"));
        missionWorker = TestUsers.user(mission.id(), new Grant(Role.CASE_WORKER, "65"));
        outsider = TestUsers.user(banjar.id(), new Grant(Role.CASE_WORKER, "63.71"));
        caseId = caseFiles.open(CaseFixtures.newCase(kupang.id(), "53.71")).id();
        child = SupportFixtures.addPerson(mvc, caseId, owner, "VICTIM", "Anak Pulang", 16);
    }

    long addLeg(String from, String to, long agencyId) throws Exception {
        mvc.perform(post("/kasus/{id}/pemulangan", caseId)
                        .param("personId", String.valueOf(child))
                        .param("fromPlace", from)
                        .param("toPlace", to)
                        .param("responsibleAgencyId", String.valueOf(agencyId))
                        .param("plannedOn", today.toString())
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().is3xxRedirection());
        String legs = mvc.perform(get("/api/v1/cases/{id}/repatriation", caseId).with(TestUsers.as(owner)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var m = Pattern.compile("\"id\":(\\d+)").matcher(legs);
        long last = -1;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        return last;
    }

    @Test
    void legs_are_added_and_changed_on_the_page_a_child_only_travels_escorted_and_stale_forms_are_refused()
            throws Exception {
        mvc.perform(post("/kasus/{id}/pemulangan", caseId)
                        .param("personId", String.valueOf(child))
                        .param("fromPlace", "KBRI Kuala Lumpur")
                        .param("toPlace", " ")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Isi tempat asal dan tujuan perjalanan.")));
        long leg = addLeg("KBRI Kuala Lumpur", "Debarkasi Nunukan", mission.id());
        mvc.perform(get("/kasus/{id}/layanan", caseId).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("KBRI Kuala Lumpur → Debarkasi Nunukan")))
                .andExpect(content().string(containsString("id=\"leg-form-" + leg + "\"")));

        // the mission records the departure: refused without an escort for the child, with a clear message
        var depart = post("/kasus/{id}/pemulangan/{leg}", caseId, leg)
                .param("version", "0")
                .param("status", "IN_TRANSIT")
                .param("departedOn", today.toString())
                .with(csrf());
        mvc.perform(depart.with(TestUsers.as(missionWorker)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Anak hanya dipulangkan dengan pendamping")));
        mvc.perform(json(
                        put("/api/v1/cases/{id}/repatriation/{leg}", caseId, leg),
                        missionWorker,
                        Map.of("version", 0, "status", "IN_TRANSIT", "departedOn", today.toString())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("repatriation.escort-required"));
        mvc.perform(post("/kasus/{id}/pemulangan/{leg}", caseId, leg)
                        .param("version", "0")
                        .param("status", "IN_TRANSIT")
                        .param("departedOn", today.toString())
                        .param("escortName", "Pendamping Uji")
                        .with(csrf())
                        .with(TestUsers.as(missionWorker)))
                .andExpect(status().is3xxRedirection());
        // a stale form (version 0 again) is refused; outsiders may neither change nor read the legs
        mvc.perform(post("/kasus/{id}/pemulangan/{leg}", caseId, leg)
                        .param("version", "0")
                        .param("status", "CANCELLED")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isConflict());
        mvc.perform(post("/kasus/{id}/pemulangan/{leg}", caseId, leg)
                        .param("version", "1")
                        .param("status", "CANCELLED")
                        .with(csrf())
                        .with(TestUsers.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(json(
                        put("/api/v1/cases/{id}/repatriation/{leg}", caseId, leg),
                        outsider,
                        Map.of("version", 1, "status", "CANCELLED")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/kasus/{id}/pemulangan", caseId)
                        .param("personId", String.valueOf(child))
                        .param("fromPlace", "A")
                        .param("toPlace", "B")
                        .param("responsibleAgencyId", String.valueOf(mission.id()))
                        .with(csrf())
                        .with(TestUsers.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{id}/repatriation", caseId).with(TestUsers.as(outsider)))
                .andExpect(status().isForbidden());
        // the mission may not change the route, only its progress: the route fields are ignored for it
        mvc.perform(json(
                        put("/api/v1/cases/{id}/repatriation/{leg}", caseId, leg),
                        missionWorker,
                        Map.of(
                                "version",
                                1,
                                "status",
                                "DONE",
                                "departedOn",
                                today.toString(),
                                "arrivedOn",
                                today.toString(),
                                "escortName",
                                "Pendamping Uji",
                                "fromPlace",
                                "Jakarta",
                                "toPlace",
                                "Bali",
                                "responsibleAgencyId",
                                mission.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fromPlace").value("KBRI Kuala Lumpur"))
                .andExpect(jsonPath("$.status").value("DONE"));
        // the case's writer changes the route of a leg
        long second = addLeg("Debarkasi Nunukan", "Kota Kupang", kupang.id());
        mvc.perform(post("/kasus/{id}/pemulangan/{leg}", caseId, second)
                        .param("version", "0")
                        .param("personId", String.valueOf(child))
                        .param("fromPlace", "Debarkasi Nunukan")
                        .param("toPlace", "Keluarga di Kota Kupang")
                        .param("toRegionCode", "53.71")
                        .param("responsibleAgencyId", String.valueOf(kupang.id()))
                        .param("status", "PLANNED")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/cases/{id}/repatriation", caseId).with(TestUsers.as(owner)))
                .andExpect(jsonPath("$[1].toPlace").value("Keluarga di Kota Kupang"))
                .andExpect(jsonPath("$[1].toRegionCode").value("53.71"))
                .andExpect(jsonPath("$[1].seq").value(2));
    }

    @Test
    void visits_are_suggested_when_the_child_is_home_recorded_with_findings_and_overdue_ones_reach_the_inbox()
            throws Exception {
        long leg = addLeg("KBRI Kuala Lumpur", "Keluarga di Kota Kupang", mission.id());
        mvc.perform(get("/api/v1/cases/{id}/reintegration-visits", caseId).with(TestUsers.as(owner)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(json(
                        put("/api/v1/cases/{id}/repatriation/{leg}", caseId, leg),
                        owner,
                        Map.of(
                                "version",
                                0,
                                "status",
                                "DONE",
                                "departedOn",
                                today.minusDays(1).toString(),
                                "arrivedOn",
                                today.toString(),
                                "escortName",
                                "Pendamping Uji")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/{id}/reintegration-visits", caseId).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].monthsAfterReturn").value(3))
                .andExpect(jsonPath("$[0].dueOn").value(today.plusMonths(3).toString()))
                .andExpect(jsonPath("$[2].dueOn").value(today.plusMonths(12).toString()))
                .andExpect(jsonPath("$[0].agencyId").value(kupang.id()))
                .andExpect(jsonPath("$[0].state").value("UPCOMING"));
        mvc.perform(get("/api/v1/cases/{id}/reintegration-visits", caseId).with(TestUsers.as(outsider)))
                .andExpect(status().isForbidden());

        // a return entered by hand four months ago: the 3-month visit is overdue
        mvc.perform(post("/kasus/{id}/kunjungan", caseId)
                        .param("personId", String.valueOf(child))
                        .param("returnedOn", today.minusMonths(4).toString())
                        .with(csrf())
                        .with(TestUsers.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/kasus/{id}/kunjungan", caseId)
                        .param("personId", String.valueOf(child))
                        .param("returnedOn", today.minusMonths(4).toString())
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().is3xxRedirection());
        String visits = mvc.perform(
                        get("/api/v1/cases/{id}/reintegration-visits", caseId).with(TestUsers.as(owner)))
                .andExpect(jsonPath("$[0].state").value("OVERDUE"))
                .andExpect(jsonPath("$[1].state").value("UPCOMING"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var m = Pattern.compile("\"id\":(\\d+)").matcher(visits);
        m.find();
        long visit = Long.parseLong(m.group(1));
        mvc.perform(get("/api/v1/inbox/counts").with(TestUsers.as(owner)))
                .andExpect(jsonPath("$.visitsOverdue").value(1));
        mvc.perform(get("/kasus/{id}/layanan", caseId).with(TestUsers.as(owner)))
                .andExpect(content().string(containsString("id=\"visit-form-" + visit + "\"")))
                .andExpect(content().string(containsString("Terlambat")));

        int raised = alerts.scan();
        org.assertj.core.api.Assertions.assertThat(raised).isGreaterThanOrEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(alerts.scan()).isZero();
        mvc.perform(get("/api/v1/inbox").with(TestUsers.as(owner)))
                .andExpect(jsonPath("$.visitsOverdue[*].id", hasItem((int) visit)))
                .andExpect(jsonPath("$.notices[*].kind", hasItem("VISIT_OVERDUE")))
                .andExpect(content().string(not(containsString("Anak Pulang"))));

        // recorded with every coded finding; missing ones and stale versions are refused, outsiders too
        mvc.perform(post("/kasus/{id}/kunjungan/{v}", caseId, visit)
                        .param("version", "1")
                        .param("visitedOn", today.toString())
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Pilih tingkat risiko diperdagangkan kembali.")));
        var record = Map.of(
                "version",
                1,
                "visitedOn",
                today.toString(),
                "livingSituation",
                "WITH_FAMILY",
                "livelihood",
                "IN_SCHOOL",
                "risk",
                "MEDIUM",
                "notes",
                "Kembali bersekolah");
        mvc.perform(json(put("/api/v1/cases/{id}/reintegration-visits/{v}", caseId, visit), outsider, record))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/cases/{id}/reintegration-visits/{v}", caseId, visit), owner, record))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.risk").value("MEDIUM"))
                .andExpect(jsonPath("$.recordedByName").isNotEmpty());
        mvc.perform(json(put("/api/v1/cases/{id}/reintegration-visits/{v}", caseId, visit), owner, record))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/inbox/counts").with(TestUsers.as(owner)))
                .andExpect(jsonPath("$.visitsOverdue").value(0));
    }
}
