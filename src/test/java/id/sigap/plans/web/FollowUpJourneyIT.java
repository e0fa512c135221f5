package id.sigap.plans.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.plans.Meeting;
import id.sigap.plans.internal.Meetings;
import id.sigap.plans.internal.Meetings.MeetingInput;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.security.StoredUsers;
import id.sigap.security.UserAccounts;
import id.sigap.support.BrowserJourney;
import id.sigap.support.TestDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey (issue 8, coordination): the NTT secretary adds a follow-up action of a rakor for Polda NTT, already past
 * its due date; a Polda investigator finds it in the work inbox (badge, overdue mark), follows the link to the
 * meeting, marks it done, and the inbox is empty again.
 */
class FollowUpJourneyIT extends BrowserJourney {

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Meetings meetings;

    @Autowired
    Clock clock;

    @Test
    void a_follow_up_reaches_the_owners_inbox_and_leaves_it_when_done() {
        LocalDate today = TestDates.today(clock);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Agency dp3a =
                agencies.create(NewAgency.of("Dinas P3A NTT Rakor " + tag, AgencyType.TASKFORCE_SECRETARIAT, "53"));
        Agency polda = agencies.create(NewAgency.of("Polda NTT Rakor " + tag, AgencyType.POLICE_UNIT, "53"));
        SigapUser secretary = StoredUsers.create(accounts, dp3a.id(), new Grant(Role.TASKFORCE_SECRETARY, "53"));
        SigapUser investigator = StoredUsers.create(accounts, polda.id(), new Grant(Role.INVESTIGATOR, "53"));
        Meeting rakor = meetings.create(
                secretary,
                new MeetingInput(
                        "RAKOR",
                        "53",
                        "Rakor GT PP-TPPO NTT " + tag,
                        today.minusDays(14),
                        "Kupang",
                        40,
                        null,
                        null,
                        null,
                        List.of(polda.id())));
        String action = "Lengkapi berkas perkara Tenau " + tag;

        logIn(secretary.username(), StoredUsers.PASSWORD);
        open("/rapat/" + rakor.id());
        Locator add = page.locator("#new-followup");
        add.getByLabel("Tindakan").fill(action);
        add.getByLabel("Instansi pelaksana").selectOption(new SelectOption().setLabel(polda.name()));
        add.getByLabel("Batas waktu").fill(today.minusDays(1).toString());
        add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tambah tindak lanjut"))
                .click();
        assertThat(page.locator("#followups")).containsText(action);
        logOut();

        context.close();
        context = newContext();
        page = context.newPage();
        logIn(investigator.username(), StoredUsers.PASSWORD);
        Locator inboxLink = page.locator("nav a.nav-link[href='/kotak-kerja']");
        assertThat(inboxLink.locator(".badge")).hasText("1");
        inboxLink.click();
        Locator task = page.locator("#tasks li").filter(new Locator.FilterOptions().setHasText(action));
        assertThat(task).containsText("Rakor GT PP-TPPO NTT " + tag);
        assertThat(task.locator(".badge")).hasText("Lewat batas");
        task.getByRole(AriaRole.LINK).click();
        Locator row = page.locator("#followups tr").filter(new Locator.FilterOptions().setHasText(action));
        row.getByLabel("Status").selectOption("DONE");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan"))
                .click();
        page.waitForURL(url -> url.endsWith("/rapat/" + rakor.id()));
        assertThat(page.locator("#followups tr")
                        .filter(new Locator.FilterOptions().setHasText(action))
                        .getByLabel("Status"))
                .hasValue("DONE");

        open("/kotak-kerja");
        assertThat(page.locator("#tasks")).hasCount(0);
        assertThat(page.locator("body")).not().containsText(action);
        assertThat(page.locator("nav a.nav-link[href='/kotak-kerja'] .badge")).hasCount(0);
    }
}
