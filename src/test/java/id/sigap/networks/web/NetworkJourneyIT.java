package id.sigap.networks.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.sigap.cases.BulkLoad;
import id.sigap.networks.web.SuspectFixtures.Suspect;
import id.sigap.organization.Agencies;
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
 * An NTT investigator opens the perpetrator networks from the menu, opens the network of two suspects who share a
 * phone across two cases, sees it drawn, chooses the most central suspect and drills down to his case; from the
 * suspect on the case page he records a recruitment company.
 */
class NetworkJourneyIT extends BrowserJourney {

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Autowired
    BulkLoad bulkLoad;

    @Autowired
    TransactionTemplate tx;

    @Test
    void an_investigator_opens_a_network_graph_and_drills_down_to_a_case() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long agency = agencies.create(NewAgency.of("Polda NTT Jurnal " + tag, AgencyType.POLICE_UNIT, "53.71"))
                .id();
        SuspectFixtures fixtures = new SuspectFixtures(bulkLoad, tx, agency);
        String phone = SuspectFixtures.phone();
        List<Long> first = fixtures.caseWith(
                "53.71",
                "Pelabuhan Tenau",
                new Suspect("Agus Taek " + tag, phone, null),
                new Suspect("Rudi Nenob " + tag, null, null));
        List<Long> second = fixtures.caseWith("53.04", null, new Suspect("Agustinus Taek " + tag, phone, null));
        long id = Math.min(first.get(1), Math.min(first.get(2), second.get(1)));
        SigapUser investigator = StoredUsers.create(accounts, agency, new Grant(Role.INVESTIGATOR, "53"));
        logIn(investigator.username(), StoredUsers.PASSWORD);

        open("/");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Jejaring pelaku").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Jejaring pelaku");

        open("/jejaring/" + id);
        assertThat(page.locator("#network-graph")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#network-graph canvas").first()).isAttached();
        assertThat(page.locator("#network-members tbody tr")).hasCount(3);
        assertThat(page.locator("#network-export")).isVisible();

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Agus Taek " + tag).setExact(true))
                .click();
        assertThat(page.locator("#network-detail-title")).hasText("Agus Taek " + tag);
        page.locator("#network-detail-cases a").first().click();
        page.waitForURL(url -> url.endsWith("/kasus/" + first.getFirst()));
        assertThat(page.locator("body")).containsText("Rudi Nenob " + tag);

        page.locator("a[href$='/jejaring/tersangka/" + first.getFirst() + "/" + first.get(1) + "']")
                .click();
        page.getByLabel("Jenis").selectOption("COMPANY");
        page.getByLabel("Nilai").fill("PT Bintang Timur " + tag);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah"))
                .click();
        assertThat(page.locator("#suspect-attributes")).containsText("PT Bintang Timur " + tag);
        assertThat(page.locator("#suspect-network")).isVisible();
    }
}
