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
 * Journey 4 (services across provinces, the must-show of issue 5): a Kota Kupang case worker refers a victim, with
 * her consent, to the RPTC shelter in Kalimantan Utara found in the service directory, and to LPSK (found by name)
 * without sharing her data, and plans her repatriation legs; the shelter sees the referral and its notification in
 * its inbox, accepts it, sees only her services (never the case file), records social rehabilitation within the 7-day
 * deadline and marks it done, after which it sees nothing more; the legs are done, the follow-up visits appear, and
 * the case closes only once the open LPSK service carries a reason.
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
    void a_victim_is_referred_to_a_shelter_and_to_lpsk_comes_home_and_the_case_closes() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String victim = "Yuliana " + tag;
        Agency uptd = agencies.create(NewAgency.of("UPTD PPA Kota Kupang " + tag, AgencyType.UPTD_PPA, "53.71"));
        Agency rptc =
                agencies.create(NewAgency.of("RPTC Kalimantan Utara " + tag, AgencyType.SOCIAL_SERVICE_SHELTER, "65"));
        Agency lpsk = agencies.create(NewAgency.of("LPSK " + tag, AgencyType.LPSK, null));
        Agency kbri = agencies.create(NewAgency.of("KBRI Kuala Lumpur " + tag, AgencyType.MISSION_ABROAD, null));
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

        // the shelter in another province, found in the directory by service and region
        find("SOCIAL_REHABILITATION", null, "65");
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
        find("SOCIAL_REHABILITATION", "RPTC Kalimantan Utara " + tag, null);
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

        // LPSK (national) found by name, without sharing the victim's data
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Layanan").setExact(true))
                .click();
        find("LEGAL", "LPSK " + tag, null);
        refer = page.locator("#refer");
        refer.getByLabel("Layanan").selectOption("LEGAL");
        refer.getByLabel("Ke instansi").selectOption(new SelectOption().setLabel(lpsk.name()));
        refer.getByLabel("Alasan rujukan").fill("Perlindungan saksi dan korban serta permohonan restitusi");
        refer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kirim rujukan"))
                .click();
        assertThat(page.locator("#referral-status")).hasText("Diminta");
        assertThat(page.locator("main")).containsText("Data pribadi tidak dibagikan.");

        // the repatriation chain: the mission abroad hands her over at Nunukan, the UPTD brings her home
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Layanan").setExact(true))
                .click();
        find(null, kbri.name(), null);
        addLeg("KBRI Kuala Lumpur", "Debarkasi Pelabuhan Nunukan", kbri.name());
        find(null, uptd.name(), null);
        addLeg("Debarkasi Pelabuhan Nunukan", "Keluarga di Kota Kupang", uptd.name());
        assertThat(page.locator("li[id^=leg-]")).hasCount(2);
        assertThat(page.locator("li[id^=leg-]").first()).containsText("Direncanakan");

        switchUser();
        logIn(shelterWorker.username(), StoredUsers.PASSWORD);
        Locator inbox = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kotak kerja"));
        assertThat(inbox).containsText("1");
        inbox.click();
        assertThat(page.locator("#inbox-counts")).containsText("Rujukan menunggu keputusan");
        assertThat(page.locator("#notices")).containsText("Rujukan baru untuk instansi Anda");
        page.locator("main a[href$='" + referralUrl.substring(referralUrl.indexOf("/rujukan/")) + "']")
                .first()
                .click();
        assertThat(page.locator("main")).not().containsText(victim);
        assertThat(page.locator("main")).containsText("Identitas terlihat setelah rujukan diterima.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terima rujukan"))
                .click();
        assertThat(page.locator("#referral-status")).hasText("Diterima");
        assertThat(page.locator("main")).containsText(victim);

        // the shelter sees the referred victim's services, not the case file
        open("/kasus/" + caseId + "/layanan");
        assertThat(page.locator("#referred-only")).isVisible();
        assertThat(page.locator("main")).containsText(victim);
        Assertions.assertThat(page.navigate("/kasus/" + caseId).status()).isEqualTo(403);
        open(referralUrl.substring(referralUrl.indexOf("/rujukan/")));

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
        Assertions.assertThat(page.navigate("/kasus/" + caseId + "/layanan").status())
                .isEqualTo(403);

        switchUser();
        logIn(caseWorker.username(), StoredUsers.PASSWORD);
        open("/kasus/" + caseId + "/layanan");
        Locator row = page.locator("tr[id^=item-]", new Page.LocatorOptions().setHasText("Rehabilitasi sosial"));
        assertThat(row).containsText(rptc.name());
        assertThat(row).containsText("Dimulai tepat waktu");
        assertThat(row).containsText("Diberikan");
        assertThat(page.locator("main")).containsText(lpsk.name());

        // both legs travelled: she is home, the follow-up visits are suggested
        legDone(0);
        legDone(1);
        assertThat(page.locator("li[id^=leg-]").nth(1)).containsText("Selesai");
        assertThat(page.locator("div[id^=visits-]")).containsText("3 bulan setelah kembali");
        assertThat(page.locator("div[id^=visits-]")).containsText("12 bulan setelah kembali");

        // the case does not close while the LPSK service is open, then closes once it carries a reason
        open("/kasus/" + caseId);
        closeCase();
        assertThat(page.locator("main")).containsText("Kasus belum dapat ditutup: 1 layanan belum selesai");
        open("/kasus/" + caseId + "/layanan");
        Locator legal = page.locator("tr[id^=item-]", new Page.LocatorOptions().setHasText("Bantuan hukum"));
        String legalId = legal.getAttribute("id").substring("item-".length());
        page.locator("details:has(form[action$='/layanan/" + legalId + "']) > summary")
                .click();
        Locator form = page.locator("form[action$='/layanan/" + legalId + "']");
        form.getByLabel("Alasan ditutup tanpa selesai").fill("Perlindungan ditangani LPSK di luar Sigap");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan"))
                .click();
        open("/kasus/" + caseId);
        closeCase();
        assertThat(page.locator("main")).containsText("Ditutup");
    }

    /** Fills the provider finder of the services page (any part may be null) and searches. */
    private void find(String service, String name, String region) {
        Locator finder = page.locator("#find-provider");
        finder.getByLabel("Layanan").selectOption(service == null ? "" : service);
        finder.getByLabel("Nama instansi").fill(name == null ? "" : name);
        finder.getByLabel("Wilayah").fill(region == null ? "" : region);
        finder.getByLabel("Wilayah").press("Escape");
        finder.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cari penyedia"))
                .click();
        page.waitForLoadState();
    }

    private void addLeg(String from, String to, String agency) {
        page.locator("details:has(form[id^=leg-new-]) > summary").click();
        Locator form = page.locator("form[id^=leg-new-]");
        form.getByLabel("Dari (tempat)").fill(from);
        form.getByLabel("Ke (tempat)").fill(to);
        form.getByLabel("Instansi penanggung jawab").selectOption(new SelectOption().setLabel(agency));
        form.getByLabel("Rencana berangkat").fill(today().toString());
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tambah perjalanan"))
                .click();
        page.waitForLoadState();
    }

    private void legDone(int index) {
        Locator leg = page.locator("li[id^=leg-]").nth(index);
        leg.locator("summary").click();
        leg.getByLabel("Status perjalanan").selectOption("DONE");
        leg.getByLabel("Berangkat", new Locator.GetByLabelOptions().setExact(true))
                .fill(today().toString());
        leg.getByLabel("Tiba", new Locator.GetByLabelOptions().setExact(true)).fill(today().toString());
        leg.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan perjalanan"))
                .click();
        page.waitForLoadState();
    }

    private void closeCase() {
        page.getByLabel("Alasan penutupan").selectOption("RESOLVED");
        page.onceDialog(d -> d.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tutup kasus"))
                .click();
        page.waitForLoadState();
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
