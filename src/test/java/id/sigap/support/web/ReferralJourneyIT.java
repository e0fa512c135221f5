package id.sigap.support.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.sigap.cases.CaseFiles;
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
import id.sigap.support.internal.ServiceDirectory;
import id.sigap.support.internal.ServiceDirectory.EntryInput;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey 4 (services across provinces): a Kota Kupang case worker refers a victim, with her consent, to the RPTC
 * shelter in Kalimantan Utara found in the service directory, and to LPSK without sharing her data; the shelter sees
 * the referral in its inbox, accepts it, records social rehabilitation within the 7-day deadline and marks it done,
 * after which it can no longer open the case.
 */
class ReferralJourneyIT extends BrowserJourney {

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    ServiceDirectory directory;

    @Test
    void a_victim_is_referred_to_a_shelter_in_another_province_which_accepts_and_completes_the_service() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String victim = "Yuliana " + tag;
        Agency uptd = agencies.create(NewAgency.of("UPTD PPA Kota Kupang " + tag, AgencyType.UPTD_PPA, "53.71"));
        Agency rptc =
                agencies.create(NewAgency.of("RPTC Kalimantan Utara " + tag, AgencyType.SOCIAL_SERVICE_SHELTER, "65"));
        Agency lpsk = agencies.create(NewAgency.of("LPSK " + tag, AgencyType.LPSK, null));
        SigapUser caseWorker = StoredUsers.create(accounts, uptd.id(), new Grant(Role.CASE_WORKER, "53.71"));
        SigapUser shelterWorker = StoredUsers.create(accounts, rptc.id(), new Grant(Role.CASE_WORKER, "65"));
        SigapUser secretary = StoredUsers.create(accounts, rptc.id(), new Grant(Role.TASKFORCE_SECRETARY, "65"));
        directory.create(
                secretary,
                new EntryInput(rptc.id(), "SOCIAL_REHABILITATION", "65", 40, "Telp. 0551-000000", "Rumah aman"));
        long caseId = caseFiles
                .open(new CaseFiles.NewCase(
                        uptd.id(), "53.71", "Korban dipulangkan lewat Nunukan", null, null, false, true))
                .id();

        logIn(caseWorker.username(), StoredUsers.PASSWORD);
        open("/kasus/" + caseId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah orang ke kasus"))
                .click();
        page.getByLabel("Peran dalam kasus").selectOption(new SelectOption().setLabel("Korban"));
        page.getByLabel("Nama lengkap").fill(victim);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Simpan").setExact(true))
                .click();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(victim)))
                .isVisible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Layanan").setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(2).setName(victim)))
                .isVisible();

        Locator finder = page.locator("#find-provider");
        finder.getByLabel("Layanan").selectOption("SOCIAL_REHABILITATION");
        finder.getByLabel("Wilayah").fill("65");
        finder.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cari penyedia"))
                .click();
        Locator refer = page.locator("#refer");
        refer.getByLabel("Ke instansi")
                .selectOption(new SelectOption().setLabel(rptc.name() + " — Rehabilitasi sosial"));
        refer.getByLabel("Alasan rujukan").fill("Perlu rumah aman dan pendampingan psikososial");
        refer.getByLabel("Bagikan data pribadi orang ini kepada instansi tujuan")
                .check();
        refer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kirim rujukan"))
                .click();
        assertThat(page.locator("#refer")).containsText("Data pribadi hanya dapat dibagikan dengan persetujuan");
        refer = page.locator("#refer");
        refer.getByLabel("Ke instansi").selectOption(new SelectOption().setLabel(rptc.name()));
        refer.getByLabel("Layanan").selectOption("SOCIAL_REHABILITATION");
        refer.getByLabel("Alasan rujukan").fill("Perlu rumah aman dan pendampingan psikososial");
        refer.getByLabel("Bagikan data pribadi orang ini kepada instansi tujuan")
                .check();
        refer.getByLabel("Persetujuan diberikan oleh").selectOption("PERSON");
        refer.getByLabel("Tanggal persetujuan").fill(today().toString());
        refer.getByLabel("Persetujuan untuk").fill("Rujukan ke RPTC untuk rehabilitasi sosial");
        refer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kirim rujukan"))
                .click();
        assertThat(page.locator("#referral-status")).hasText("Diminta");
        String referralUrl = page.url();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Layanan").setExact(true))
                .click();
        refer = page.locator("#refer");
        refer.getByLabel("Layanan").selectOption("LEGAL");
        refer.getByLabel("Ke instansi").selectOption(new SelectOption().setLabel(lpsk.name()));
        refer.getByLabel("Alasan rujukan").fill("Perlindungan saksi dan korban serta permohonan restitusi");
        refer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kirim rujukan"))
                .click();
        assertThat(page.locator("#referral-status")).hasText("Diminta");
        assertThat(page.locator("main")).containsText("Data pribadi tidak dibagikan.");

        switchUser();
        logIn(shelterWorker.username(), StoredUsers.PASSWORD);
        Locator inbox = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kotak kerja"));
        assertThat(inbox).containsText("1");
        inbox.click();
        assertThat(page.locator("#inbox-counts")).containsText("Rujukan menunggu keputusan");
        page.locator("a[href$='" + referralUrl.substring(referralUrl.indexOf("/rujukan/")) + "']")
                .click();
        assertThat(page.locator("main")).not().containsText(victim);
        assertThat(page.locator("main")).containsText("Identitas terlihat setelah rujukan diterima.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terima rujukan"))
                .click();
        assertThat(page.locator("#referral-status")).hasText("Diterima");
        assertThat(page.locator("main")).containsText(victim);

        Locator item = page.locator("#referral-item");
        assertThat(item).containsText("Sisa 7 hari");
        item.getByLabel("Tanggal mulai").fill(today().toString());
        item.getByLabel("Tanggal selesai").fill(today().toString());
        item.getByLabel("Hasil").selectOption("DELIVERED");
        item.getByLabel("Catatan").fill("Asesmen psikososial dan konseling selesai");
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan"))
                .click();
        page.onceDialog(d -> d.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tandai selesai"))
                .click();
        assertThat(page.locator("#referral-status")).hasText("Selesai");

        var denied = page.navigate("/kasus/" + caseId);
        Assertions.assertThat(denied.status()).isEqualTo(403);

        switchUser();
        logIn(caseWorker.username(), StoredUsers.PASSWORD);
        open("/kasus/" + caseId + "/layanan");
        Locator row = page.locator("tr[id^=item-]", new Page.LocatorOptions().setHasText("Rehabilitasi sosial"));
        assertThat(row).containsText(rptc.name());
        assertThat(row).containsText("Dimulai tepat waktu");
        assertThat(row).containsText("Diberikan");
        assertThat(page.locator("main")).containsText(lpsk.name());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    private void switchUser() {
        context.close();
        context = newContext();
        page = context.newPage();
    }
}
