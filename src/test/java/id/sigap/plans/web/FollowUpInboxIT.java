package id.sigap.plans.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.plans.FollowUp;
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
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestDates;
import id.sigap.support.TestUsers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting's follow-up actions in the work inbox ({@code /kotak-kerja}, {@code /api/v1/inbox}, the badge) of the
 * owner agency's staff, whatever their role: due date, overdue mark, link to the meeting; never in another agency's
 * or region's inbox; gone once done.
 */
@IntegrationTest
class FollowUpInboxIT {

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

    @Autowired
    Clock clock;

    LocalDate today;
    String tag;
    Agency polda;
    Agency bp3mi;
    Agency kalsel;
    Meeting meeting;
    FollowUp late;
    FollowUp soon;
    FollowUp bp3miAction;

    @BeforeEach
    void setUp() {
        today = TestDates.today(clock);
        tag = PlansFixtures.tag();
        var fixtures = new PlansFixtures(agencies, plans, parts, indicators);
        SigapUser secretary = PlansFixtures.secretary("53");
        polda = fixtures.agency("Polda Kotak Kerja", "53");
        bp3mi = fixtures.agency("BP3MI Kotak Kerja", "53");
        kalsel = fixtures.agency("Polda Kalsel Kotak Kerja", "63");
        meeting = meetings.create(
                secretary,
                new MeetingInput(
                        "RAKOR",
                        "53",
                        "Rakor tindak lanjut " + tag,
                        today.minusDays(20),
                        "Kupang",
                        30,
                        null,
                        null,
                        null,
                        List.of(polda.id(), bp3mi.id())));
        late = followUps.add(secretary, meeting.id(), "Kirim data perkara " + tag, polda.id(), today.minusDays(2));
        soon = followUps.add(secretary, meeting.id(), "Siapkan posko " + tag, polda.id(), today.plusDays(10));
        bp3miAction = followUps.add(secretary, meeting.id(), "Sosialisasi desa " + tag, bp3mi.id(), today.plusDays(5));
    }

    @Test
    void the_owner_agency_sees_its_open_follow_ups_due_and_overdue_with_a_link_to_the_meeting() throws Exception {
        SigapUser investigator = PlansFixtures.staff(polda, Role.INVESTIGATOR, "53");
        mvc.perform(get("/api/v1/inbox").with(TestUsers.as(investigator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.tasksOpen").value(2))
                .andExpect(jsonPath("$.counts.tasksOverdue").value(1))
                .andExpect(jsonPath("$.tasks.length()").value(2))
                .andExpect(jsonPath("$.tasks[0].kindKey").value("plans.inbox.followup.kind"))
                .andExpect(jsonPath("$.tasks[0].titleArgs[0]").value(late.action()))
                .andExpect(jsonPath("$.tasks[0].titleArgs[1]").value(meeting.title()))
                .andExpect(jsonPath("$.tasks[0].dueOn").value(today.minusDays(2).toString()))
                .andExpect(jsonPath("$.tasks[0].overdue").value(true))
                .andExpect(jsonPath("$.tasks[0].link").value("/rapat/" + meeting.id() + "#followups"))
                .andExpect(jsonPath("$.tasks[1].titleArgs[0]").value(soon.action()))
                .andExpect(jsonPath("$.tasks[1].overdue").value(false));
        mvc.perform(get("/rapat/{id}", meeting.id()).with(TestUsers.as(investigator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(late.action())));

        // A member of the owner agency without a service role has the inbox too, with the tasks only.
        SigapUser analyst = PlansFixtures.staff(polda, Role.ANALYST, "53");
        mvc.perform(get("/api/v1/inbox").with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.services").value(false))
                .andExpect(jsonPath("$.tasks.length()").value(2));
        mvc.perform(get("/kotak-kerja").with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(late.action() + " (rapat: " + meeting.title() + ")")))
                .andExpect(content().string(containsString("href=\"/rapat/" + meeting.id() + "#followups\"")))
                .andExpect(content().string(containsString("Lewat batas")))
                .andExpect(content().string(containsString("batas " + today.plusDays(10))))
                .andExpect(content().string(not(containsString(bp3miAction.action()))))
                .andExpect(content().string(not(containsString("Rujukan menunggu keputusan"))));
        mvc.perform(get("/kotak-kerja").param("lang", "en").with(TestUsers.as(analyst)))
                .andExpect(content().string(containsString(late.action() + " (meeting: " + meeting.title() + ")")))
                .andExpect(content().string(containsString("Overdue")));
        mvc.perform(get("/kotak-kerja/jumlah").with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">2<")));
    }

    @Test
    void another_agency_or_region_neither_sees_nor_updates_them() throws Exception {
        SigapUser bp3miWorker = PlansFixtures.staff(bp3mi, Role.CASE_WORKER, "53");
        mvc.perform(get("/api/v1/inbox").with(TestUsers.as(bp3miWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.tasksOpen").value(1))
                .andExpect(jsonPath("$.counts.tasksOverdue").value(0))
                .andExpect(jsonPath("$.tasks.length()").value(1))
                .andExpect(jsonPath("$.tasks[0].titleArgs[0]").value(bp3miAction.action()));
        mvc.perform(get("/kotak-kerja").with(TestUsers.as(bp3miWorker)))
                .andExpect(content().string(not(containsString(late.action()))));

        SigapUser kalselInvestigator = PlansFixtures.staff(kalsel, Role.INVESTIGATOR, "63");
        mvc.perform(get("/api/v1/inbox").with(TestUsers.as(kalselInvestigator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.tasksOpen").value(0))
                .andExpect(jsonPath("$.tasks.length()").value(0));
        mvc.perform(get("/kotak-kerja").with(TestUsers.as(kalselInvestigator)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tag))));
        mvc.perform(get("/kotak-kerja/jumlah").with(TestUsers.as(kalselInvestigator)))
                .andExpect(content().string(not(containsString("badge"))));
        mvc.perform(get("/rapat/{id}", meeting.id()).with(TestUsers.as(kalselInvestigator)))
                .andExpect(status().isForbidden());
        for (SigapUser outsider : List.of(bp3miWorker, kalselInvestigator)) {
            mvc.perform(post("/rapat/tindak-lanjut/{id}", late.id())
                            .with(csrf())
                            .with(TestUsers.as(outsider))
                            .param("version", "0")
                            .param("status", "DONE"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void a_follow_up_done_leaves_the_inbox_and_the_badge() throws Exception {
        SigapUser investigator = PlansFixtures.staff(polda, Role.INVESTIGATOR, "53");
        mvc.perform(post("/rapat/tindak-lanjut/{id}", late.id())
                        .with(csrf())
                        .with(TestUsers.as(investigator))
                        .param("version", "0")
                        .param("status", "IN_PROGRESS"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/inbox").with(TestUsers.as(investigator)))
                .andExpect(jsonPath("$.counts.tasksOpen").value(2))
                .andExpect(jsonPath("$.tasks[0].titleArgs[0]").value(late.action()));

        mvc.perform(post("/rapat/tindak-lanjut/{id}", late.id())
                        .with(csrf())
                        .with(TestUsers.as(investigator))
                        .param("version", "1")
                        .param("status", "DONE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/inbox").with(TestUsers.as(investigator)))
                .andExpect(jsonPath("$.counts.tasksOpen").value(1))
                .andExpect(jsonPath("$.counts.tasksOverdue").value(0))
                .andExpect(jsonPath("$.tasks.length()").value(1))
                .andExpect(jsonPath("$.tasks[0].titleArgs[0]").value(soon.action()));
        mvc.perform(get("/kotak-kerja").with(TestUsers.as(investigator)))
                .andExpect(content().string(not(containsString(late.action()))))
                .andExpect(content().string(containsString(soon.action())));
        mvc.perform(get("/kotak-kerja/jumlah").with(TestUsers.as(investigator)))
                .andExpect(content().string(containsString(">1<")));
    }
}
