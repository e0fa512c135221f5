package id.sigap.prevention.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey 6 (a port officer at Tenau): five young people without documents are stopped boarding a ship to Nunukan.
 * The officer records the interception — four counted, one registered by name with her consent — and the recruiter;
 * she was promised a job and her passport is held by the recruiter, so with one action she becomes a victim in a new
 * case (the case page opens, with the recruiter as suspect), and the interception shows the case.
 */
class PortOfficerInterceptionJourneyIT extends BrowserJourney {

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Test
    void a_port_officer_records_five_persons_and_one_becomes_a_victim_with_a_case() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String victim = "Marselina " + tag;
        String recruiter = "Frans " + tag;
        Agency bp3mi = agencies.create(NewAgency.of("BP3MI NTT " + tag, AgencyType.KP2MI_BP3MI, "53"));
        SigapUser officer = StoredUsers.create(accounts, bp3mi.id(), new Grant(Role.INTAKE_OFFICER, "53.71"));
        SigapUser analyst = StoredUsers.create(accounts, bp3mi.id(), new Grant(Role.ANALYST, "53.71"));
        logIn(analyst.username(), StoredUsers.PASSWORD);
        long recordedBefore = dashboardFigure("RECORDED");
        long victimsBefore = dashboardFigure("VICTIMS");
        logOut();

        logIn(officer.username(), StoredUsers.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pencegahan"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Catat intersepsi"))
                .click();
        page.getByLabel("Tempat").selectOption("TENAU");
        page.getByLabel("Negara tujuan").selectOption("MY");
        page.getByLabel("Pekerjaan yang dijanjikan").selectOption("PLANTATION");
        page.getByLabel("Perempuan dewasa").fill("1");
        page.getByLabel("Laki-laki dewasa").fill("3");
        page.getByLabel("Nama perekrut atau sponsor").fill(recruiter);
        page.getByLabel("Nomor telepon").fill("081239000222");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan intersepsi"))
                .click();

        assertThat(page.locator("h1")).containsText("Pelabuhan Tenau");
        page.getByLabel("Nama lengkap").fill(victim);
        page.getByLabel("Jenis kelamin").selectOption("F");
        page.getByLabel("Umur (tahun)").fill("19");
        page.getByLabel("Persetujuan pencatatan diberikan oleh").selectOption("PERSON");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan orang"))
                .click();
        assertThat(page.locator("#interception-total"))
                .containsText("5 orang: 1 dicatat satu per satu, 4 hanya dihitung");
        assertThat(page.locator("#persons")).containsText(victim);
        String interceptionUrl = page.url().replaceAll("#.*", "");

        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Identifikasi sebagai korban: " + victim))
                .click();
        page.waitForURL(Pattern.compile(".*/kasus/\\d+$"));
        assertThat(page.locator("h1")).containsText("Kasus");
        assertThat(page.locator("main")).containsText(victim);
        assertThat(page.locator("main")).containsText(recruiter);
        assertThat(page.locator("main")).containsText("Pelabuhan Tenau");
        String caseNumber = page.locator("h1").textContent();

        page.navigate(interceptionUrl);
        assertThat(page.locator("#persons")).containsText("Korban (kasus dibuka)");
        assertThat(page.locator("#persons a[href*='/kasus/']"))
                .hasText(caseNumber.replace("Kasus ", "").strip());

        // the Kota Kupang analyst's dashboard: five more persons recorded, one more identified as a victim
        logOut();
        logIn(analyst.username(), StoredUsers.PASSWORD);
        org.assertj.core.api.Assertions.assertThat(dashboardFigure("RECORDED")).isEqualTo(recordedBefore + 5);
        org.assertj.core.api.Assertions.assertThat(dashboardFigure("VICTIMS")).isEqualTo(victimsBefore + 1);
    }

    /** A figure of the dashboard's interception table (this year, the analyst's scope). */
    private long dashboardFigure(String code) {
        open("/dasbor");
        String text = page.locator("#table-INTERCEPTIONS tr[data-code=" + code + "] td.text-end")
                .first()
                .textContent();
        return Long.parseLong(text.strip());
    }
}
