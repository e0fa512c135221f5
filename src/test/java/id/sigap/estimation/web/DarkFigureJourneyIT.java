package id.sigap.estimation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.sigap.cases.BulkLoad;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.security.StoredUsers;
import id.sigap.security.UserAccounts;
import id.sigap.support.BrowserJourney;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 9's must-show: an analyst in NTT opens the dark-figure page for 2024 with police, UPTD PPA, shelter and KP2MI
 * lists and reads the estimate, the interval and what they mean; a thin year gets a refusal that says why.
 */
class DarkFigureJourneyIT extends BrowserJourney {

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Autowired
    BulkLoad bulkLoad;

    @Autowired
    TransactionTemplate tx;

    @Test
    void an_ntt_analyst_reads_the_dark_figure_of_2024_and_a_refusal_for_a_thin_year() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Agency> mine = List.of(
                agencies.create(NewAgency.of("Polres Kupang Jurnal " + tag, AgencyType.POLICE_UNIT, "53.71")),
                agencies.create(NewAgency.of("UPTD PPA Kupang Jurnal " + tag, AgencyType.UPTD_PPA, "53.71")),
                agencies.create(
                        NewAgency.of("Rumah Aman Kupang Jurnal " + tag, AgencyType.SOCIAL_SERVICE_SHELTER, "53.71")),
                agencies.create(NewAgency.of("BP3MI NTT Jurnal " + tag, AgencyType.KP2MI_BP3MI, "53.71")));
        SyntheticVictims victims = new SyntheticVictims(bulkLoad, tx, mine);
        victims.load(2024, 400, new double[] {0.35, 0.3, 0.25, 0.3}, 11);
        victims.load(2006, 3, new double[] {1, 0, 0, 0}, 12);
        victims.load(2006, 3, new double[] {0, 0, 1, 0}, 13);
        SigapUser analyst = StoredUsers.create(accounts, mine.get(1).id(), new Grant(Role.ANALYST, "53"));
        logIn(analyst.username(), StoredUsers.PASSWORD);

        open("/");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Angka gelap").setExact(true))
                .click();
        page.getByLabel("Provinsi", new Page.GetByLabelOptions().setExact(true)).selectOption("53");
        page.getByLabel("Tahun (tanggal kasus dibuka)").selectOption("2024");
        assertThat(page.getByLabel("Nama daftar 1")).hasValue("Polisi");
        assertThat(page.getByLabel("Nama daftar 4")).hasValue("KP2MI/BP3MI");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hitung perkiraan"))
                .click();
        assertThat(page.locator("#result")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.locator("#estimate")).hasText(java.util.regex.Pattern.compile("\\d+"));
        assertThat(page.locator("#interval-value")).containsText("–");
        assertThat(page.locator("#explanation")).containsText("diperkirakan ada sekitar");
        assertThat(page.locator("#result")).containsText("Populasi tertutup");
        assertThat(page.locator("#sensitivity")).isVisible();

        page.getByLabel("Tahun (tanggal kasus dibuka)").selectOption("2006");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hitung perkiraan"))
                .click();
        assertThat(page.locator("#refusal")).containsText("Gabungkan daftar");
        assertThat(page.locator("#estimate")).hasCount(0);
    }
}
