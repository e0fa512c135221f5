package id.sigap.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.plans.FollowUp;
import id.sigap.plans.FollowUpStatus;
import id.sigap.plans.Meeting;
import id.sigap.plans.PlansFixtures;
import id.sigap.plans.internal.FollowUps;
import id.sigap.plans.internal.Meetings;
import id.sigap.plans.internal.Meetings.MeetingInput;
import id.sigap.plans.internal.PlanIndicators;
import id.sigap.plans.internal.PlanParts;
import id.sigap.plans.internal.PlanStore;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MeetingsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    PlanStore plans;

    @Autowired
    PlanParts parts;

    @Autowired
    PlanIndicators indicators;

    @Autowired
    Meetings meetings;

    @Autowired
    FollowUps followUps;

    @Test
    void a_rakor_with_follow_ups_tracked_by_their_owners_until_done() throws Exception {
        var fixtures = new PlansFixtures(agencies, plans, parts, indicators);
        SigapUser secretary = PlansFixtures.secretary("53");
        Agency polda = fixtures.agency("Polda Rapat", "53");
        Agency bp3mi = fixtures.agency("BP3MI Rapat", "53");
        String title = "Rakor GT PP-TPPO NTT " + PlansFixtures.tag();

        String location = mvc.perform(post("/rapat")
                        .with(csrf())
                        .with(TestUsers.as(secretary))
                        .param("kind", "RAKOR")
                        .param("regionCode", "53")
                        .param("title", title)
                        .param("heldOn", "2026-02-10")
                        .param("place", "Kupang")
                        .param("headCount", "45")
                        .param("agenda", "Capaian RAD")
                        .param("decisions", "Data diperbarui tiap triwulan")
                        .param("agencyIds", String.valueOf(polda.id()), String.valueOf(bp3mi.id())))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Meeting m = meetings.find(id);
        assertThat(m.agencyIds()).containsExactlyInAnyOrder(polda.id(), bp3mi.id());
        assertThat(m.headCount()).isEqualTo(45);

        mvc.perform(post("/rapat")
                        .with(csrf())
                        .with(TestUsers.as(PlansFixtures.secretary("63")))
                        .param("kind", "RAKOR")
                        .param("regionCode", "53")
                        .param("title", "x")
                        .param("heldOn", "2026-02-10")
                        .param("place", "Kupang"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rapat")
                        .with(csrf())
                        .with(TestUsers.as(secretary))
                        .param("kind", "RAKOR")
                        .param("regionCode", "53")
                        .param("title", "")
                        .param("heldOn", "bukan-tanggal")
                        .param("place", "Kupang"))
                .andExpect(status().isUnprocessableEntity());

        mvc.perform(post("/rapat/{id}/tindak-lanjut", id)
                        .with(csrf())
                        .with(TestUsers.as(secretary))
                        .param("action", "Perbarui data perkara " + title)
                        .param("ownerAgencyId", String.valueOf(polda.id()))
                        .param("dueOn", "2026-03-31"))
                .andExpect(status().is3xxRedirection());
        FollowUp f = followUps.ofMeeting(id).getFirst();
        assertThat(f.status()).isEqualTo(FollowUpStatus.OPEN);

        SigapUser poldaUser = PlansFixtures.staff(polda, Role.INVESTIGATOR, "53");
        mvc.perform(get("/rapat/tindak-lanjut").with(TestUsers.as(poldaUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Perbarui data perkara " + title)))
                .andExpect(content().string(Matchers.containsString("Lewat batas")));
        mvc.perform(get("/rapat/tindak-lanjut").with(TestUsers.as(PlansFixtures.staff(bp3mi, Role.CASE_WORKER, "53"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Perbarui data perkara " + title))));
        mvc.perform(post("/rapat/tindak-lanjut/{id}", f.id())
                        .with(csrf())
                        .with(TestUsers.as(PlansFixtures.staff(bp3mi, Role.CASE_WORKER, "53")))
                        .param("version", "0")
                        .param("status", "DONE"))
                .andExpect(status().isForbidden());
        String row = mvc.perform(post("/rapat/tindak-lanjut/{id}", f.id())
                        .with(csrf())
                        .with(TestUsers.as(poldaUser))
                        .header("HX-Request", "true")
                        .param("version", "0")
                        .param("status", "DONE"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(row).contains("fu-" + f.id()).contains("selesai");
        assertThat(followUps.ofMeeting(id).getFirst().doneOn()).isNotNull();
        mvc.perform(get("/rapat/tindak-lanjut").with(TestUsers.as(poldaUser)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Perbarui data perkara " + title))));

        mvc.perform(get("/api/v1/meetings")
                        .param("region", "53")
                        .param("size", "200")
                        .with(TestUsers.as(TestUsers.user(Role.ANALYST, "63"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/api/v1/meetings/{id}", id).with(TestUsers.as(TestUsers.user(Role.ANALYST, "63"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/meetings/{id}", id).with(TestUsers.as(TestUsers.user(Role.ANALYST, "53"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meeting.title").value(title))
                .andExpect(jsonPath("$.followUps[0].status").value("DONE"));
        mvc.perform(get("/rapat/{id}", id).with(TestUsers.as(TestUsers.user(Role.ANALYST, "63"))))
                .andExpect(status().isForbidden());

        Meeting current = meetings.find(id);
        assertThatThrownBy(() -> meetings.update(
                        secretary,
                        id,
                        current.version() + 1,
                        new MeetingInput(
                                "RAKOR",
                                null,
                                title,
                                LocalDate.of(2026, 2, 10),
                                "Kupang",
                                40,
                                null,
                                null,
                                null,
                                List.of())))
                .isInstanceOf(SigapException.Conflict.class);
        mvc.perform(post("/rapat/{id}/hapus", id)
                        .with(csrf())
                        .with(TestUsers.as(secretary))
                        .param("version", String.valueOf(current.version())))
                .andExpect(status().is3xxRedirection());
        assertThatThrownBy(() -> meetings.find(id)).isInstanceOf(SigapException.NotFound.class);
    }

    @Test
    void a_national_secretary_opens_the_meetings_page_with_no_region_preset() throws Exception {
        // the form's default region came from the first secretary grant; a national grant has none (was a 500)
        SigapUser national = TestUsers.user(Role.TASKFORCE_SECRETARY, null);
        mvc.perform(get("/rapat").with(TestUsers.as(national)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"new-meeting\"")));
    }
}
