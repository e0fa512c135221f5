package id.sigap.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey 3: a public report from Kota Kupang becomes a case; the case worker records the victim (with a valid NIK),
 * a recruiter, the trafficking elements and the route to Pelabuhan Tenau; the investigator records the police report
 * and the charges; the reporter's tracking code shows "Ditangani".
 */
class CaseFileJourneyIT extends BrowserJourney {

    private static final Pattern CASE_NUMBER = Pattern.compile("Kasus (\\S+) dibuka");

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Test
    void a_report_becomes_a_full_case_file_with_victim_suspect_route_and_charges() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String victim = "Maria " + tag;
        String recruiter = "Calo " + tag;

        String trackingCode = fileReport(victim);

        Agency uptd = agencies.create(NewAgency.of("UPTD PPA Kota Kupang " + tag, AgencyType.UPTD_PPA, "53.71"));
        Agency police = agencies.create(NewAgency.of("Polda NTT " + tag, AgencyType.POLICE_UNIT, "53"));
        SigapUser officer = StoredUsers.create(accounts, uptd.id(), new Grant(Role.INTAKE_OFFICER, "53.71"));
        SigapUser caseWorker = StoredUsers.create(accounts, uptd.id(), new Grant(Role.CASE_WORKER, "53.71"));
        SigapUser investigator = StoredUsers.create(accounts, police.id(), new Grant(Role.INVESTIGATOR, "53"));

        String caseNumber = openCase(officer, victim, caseWorker.username());
        String caseUrl = recordCaseFile(caseWorker, caseNumber, victim, recruiter);
        recordJustice(investigator, caseUrl, recruiter, police.id());

        switchUser();
        open("/lapor/status");
        page.getByLabel("Kode pelacakan").fill(trackingCode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cek status"))
                .click();
        assertThat(page.locator("#report-status")).containsText("Ditangani");
        assertThat(page.locator("main")).not().containsText(victim);
    }

    private String fileReport(String victim) {
        open("/lapor");
        page.getByLabel("Anda melapor sebagai").selectOption("FAMILY");
        page.getByLabel("Nama (boleh dikosongkan)").fill(victim);
        page.getByLabel("Umur (perkiraan)").fill("17");
        page.getByLabel("Jenis kelamin").selectOption("FEMALE");
        page.getByLabel("Provinsi").selectOption("53");
        page.locator("#regionCode option[value='53.71']")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.getByLabel("Kabupaten / kota").selectOption("53.71");
        page.getByLabel("Ditawari kerja ke luar negeri").check();
        page.getByLabel("Melibatkan anak (di bawah 18 tahun)").check();
        page.getByLabel("Ceritakan apa yang terjadi")
                .fill("Anak saya dibawa calo ke Pelabuhan Tenau dengan janji kerja di Malaysia; belum ada kabar.");
        page.getByLabel("Nomor telepon / WhatsApp").fill("081234567890");
        page.getByLabel("Saya setuju dihubungi petugas").check();
        page.waitForTimeout(2_100); // people take longer than the time trap's two seconds
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim laporan"))
                .click();
        Locator code = page.locator("#tracking-code");
        assertThat(code).hasText(Pattern.compile("LPR-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"));
        return code.textContent().strip();
    }

    private String openCase(SigapUser officer, String victim, String caseWorker) {
        switchUser();
        logIn(officer.username(), StoredUsers.PASSWORD);
        open("/pengaduan");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(victim));
        row.getByRole(AriaRole.LINK).first().click();
        page.getByLabel("Pendamping kasus").fill(caseWorker);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka kasus"))
                .click();
        Locator opened = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("dibuka"));
        assertThat(opened).isVisible();
        Matcher m = CASE_NUMBER.matcher(opened.textContent());
        Assertions.assertThat(m.find()).as("case number in the confirmation").isTrue();
        return m.group(1).replaceAll("[.]$", "");
    }

    private String recordCaseFile(SigapUser caseWorker, String caseNumber, String victim, String recruiter) {
        switchUser();
        logIn(caseWorker.username(), StoredUsers.PASSWORD);
        open("/kasus");
        page.getByLabel("Cari nomor kasus atau ringkasan").fill(caseNumber);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Saring"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kasus " + caseNumber)))
                .isVisible();
        String caseUrl = page.url();

        // The victim: a girl of 17 from Alak (53.71.01); a woman's NIK adds 40 to the day of birth (DDMMYY).
        LocalDate born = today().minusYears(17).minusMonths(3);
        String nik = "537101"
                + "%02d%02d%02d".formatted(born.getDayOfMonth() + 40, born.getMonthValue(), born.getYear() % 100)
                + "0001";
        addPerson("Korban", null, victim);
        page.getByLabel("NIK (Nomor Induk Kependudukan)").fill(nik);
        page.getByLabel("Tanggal lahir").fill(born.toString());
        page.getByLabel("Perempuan", new Page.GetByLabelOptions().setExact(true))
                .check();
        save();
        Locator victimRow = page.locator("tr", new Page.LocatorOptions().setHasText(victim));
        assertThat(victimRow).containsText("Korban");
        assertThat(victimRow).containsText("Anak");

        addPerson("Terduga pelaku", "Perekrut (calo)", recruiter);
        page.getByLabel("Laki-laki", new Page.GetByLabelOptions().setExact(true))
                .check();
        save();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(recruiter)))
                .containsText("Perekrut (calo)");

        checkElement("Perekrutan");
        checkElement("Penipuan");
        checkElement("Kerja atau pelayanan paksa");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan unsur"))
                .click();
        assertThat(element("Perekrutan")).isChecked();
        assertThat(element("Penipuan")).isChecked();
        assertThat(element("Kerja atau pelayanan paksa")).isChecked();

        addRouteEvent("Perekrutan", "Kota Kupang", "Darat");
        addRouteEvent("Transit", "Pelabuhan Tenau", "Laut");
        Locator route = page.locator("ol.list-group");
        assertThat(route.locator("li")).hasCount(2);
        assertThat(route.locator("li").nth(0)).containsText("Kota Kupang");
        assertThat(route.locator("li").nth(1)).containsText("Pelabuhan Tenau");
        return caseUrl;
    }

    private void recordJustice(SigapUser investigator, String caseUrl, String recruiter, long policeId) {
        switchUser();
        logIn(investigator.username(), StoredUsers.PASSWORD);
        open(caseUrl);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Proses peradilan pidana"))
                .click();
        Locator suspect = page.locator("article")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tersangka: " + recruiter))));
        String lp = "LP/B/" + recruiter.substring(5) + "/SPKT/POLDA NTT";
        suspect.getByLabel("Nomor LP").fill(lp);
        suspect.getByLabel("Kesatuan polisi (ID instansi)").fill(Long.toString(policeId));
        suspect.getByLabel("Tanggal LP").fill(today().minusDays(3).toString());
        suspect.getByLabel("Status penyidikan").selectOption("ONGOING");
        suspect.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan"))
                .first()
                .click();
        assertThat(suspect).containsText(lp);

        addCharge(suspect, "Pasal 4");
        addCharge(suspect, "Pasal 17");
        assertThat(suspect.locator("li", new Locator.LocatorOptions().setHasText("UU 21/2007 Pasal 4")))
                .hasCount(1);
        assertThat(suspect.locator("li", new Locator.LocatorOptions().setHasText("UU 21/2007 Pasal 17")))
                .hasCount(1);
    }

    private void addCharge(Locator suspect, String article) {
        suspect.getByLabel("Undang-undang").fill("UU 21/2007");
        suspect.getByLabel("Pasal", new Locator.GetByLabelOptions().setExact(true))
                .fill(article);
        suspect.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tambah pasal"))
                .click();
        assertThat(suspect).containsText("UU 21/2007 " + article);
    }

    private void addPerson(String role, String roleInProcess, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah orang ke kasus"))
                .click();
        page.getByLabel("Peran dalam kasus").selectOption(new SelectOption().setLabel(role));
        if (roleInProcess != null) {
            page.getByLabel("Peran dalam proses (khusus terduga pelaku)")
                    .selectOption(new SelectOption().setLabel(roleInProcess));
        }
        page.getByLabel("Nama lengkap").fill(name);
    }

    private void save() {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Simpan").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Orang dalam kasus")))
                .isVisible();
    }

    private Locator element(String label) {
        return page.getByRole(
                AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private void checkElement(String label) {
        element(label).check();
    }

    private void addRouteEvent(String stage, String place, String transport) {
        page.getByLabel("Tahap", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(stage));
        page.getByLabel("Kode wilayah", new Page.GetByLabelOptions().setExact(true))
                .fill("53.71");
        page.getByLabel("Nama tempat", new Page.GetByLabelOptions().setExact(true))
                .fill(place);
        page.getByLabel("Angkutan", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(transport));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Tambah").setExact(true))
                .click();
        assertThat(page.locator("ol.list-group")).containsText(place);
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
