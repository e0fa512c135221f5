package id.sigap.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journeys 1 and 2: a mother in Kota Kupang reports her daughter on a phone, the intake officer of UPTD PPA Kota
 * Kupang opens a case from it, and the tracking code then shows "Ditangani" — nothing more.
 */
class PublicReportToCaseJourneyIT extends BrowserJourney {

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Test
    void a_mothers_report_becomes_a_case_and_the_tracking_code_shows_ditangani() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String daughter = "Yuliana " + tag;

        page.setViewportSize(360, 640);
        open("/lapor");
        page.getByLabel("Anda melapor sebagai").selectOption("FAMILY");
        page.getByLabel("Nama (boleh dikosongkan)").fill(daughter);
        page.getByLabel("Umur (perkiraan)").fill("17");
        page.getByLabel("Jenis kelamin").selectOption("FEMALE");
        page.getByLabel("Provinsi").selectOption("53");
        page.locator("#regionCode option[value='53.71']")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.getByLabel("Kabupaten / kota").selectOption("53.71");
        page.getByLabel("Ditawari kerja ke luar negeri").check();
        page.getByLabel("Melibatkan anak (di bawah 18 tahun)").check();
        page.getByLabel("Ceritakan apa yang terjadi")
                .fill(
                        "Anak saya pergi dengan perekrut yang menjanjikan kerja di Malaysia; tiga minggu tidak ada kabar.");
        page.getByLabel("Nomor telepon / WhatsApp").fill("081234567890");
        page.getByLabel("Saya setuju dihubungi petugas").check();
        page.waitForTimeout(2_100); // people take longer than the time trap's two seconds
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim laporan"))
                .click();
        Locator code = page.locator("#tracking-code");
        assertThat(code).hasText(java.util.regex.Pattern.compile("LPR-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"));
        String trackingCode = code.textContent().strip();

        Agency uptd = agencies.create(NewAgency.of("UPTD PPA Kota Kupang " + tag, AgencyType.UPTD_PPA, "53.71"));
        SigapUser officer = StoredUsers.create(accounts, uptd.id(), new Grant(Role.INTAKE_OFFICER, "53.71"));
        context.close();
        context = newContext();
        page = context.newPage();
        logIn(officer.username(), StoredUsers.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pengaduan"))
                .first()
                .click();
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(daughter));
        assertThat(row).containsText("anak");
        assertThat(row).containsText("menunggu");
        row.getByRole(AriaRole.LINK).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka kasus"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("dibuka")))
                .isVisible();

        context.close();
        context = newContext();
        page = context.newPage();
        open("/lapor/status");
        page.getByLabel("Kode pelacakan").fill(trackingCode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cek status"))
                .click();
        assertThat(page.locator("#report-status")).containsText("Ditangani");
        assertThat(page.locator("main")).not().containsText(daughter);
    }
}
