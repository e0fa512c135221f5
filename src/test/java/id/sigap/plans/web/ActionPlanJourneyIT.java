package id.sigap.plans.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * Journey (issue 8, action plans): the NTT task-force secretary creates a RAD with an indicator; the responsible
 * member agency (Polda NTT) reports the first quarter of 2025; the secretary reviews and approves it, and the
 * achievement appears against the year's target.
 */
class ActionPlanJourneyIT extends BrowserJourney {

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Test
    void a_provincial_secretary_creates_a_rad_a_member_agency_reports_a_quarter_and_the_approved_achievement_shows() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Agency dp3a =
                agencies.create(NewAgency.of("Dinas P3A Provinsi NTT " + tag, AgencyType.TASKFORCE_SECRETARIAT, "53"));
        Agency polda = agencies.create(NewAgency.of("Ditreskrimum Polda NTT " + tag, AgencyType.POLICE_UNIT, "53"));
        SigapUser secretary = StoredUsers.create(accounts, dp3a.id(), new Grant(Role.TASKFORCE_SECRETARY, "53"));
        SigapUser investigator = StoredUsers.create(accounts, polda.id(), new Grant(Role.INVESTIGATOR, "53"));
        String title = "RAD PP-TPPO NTT 2025–2029 " + tag;
        String indicator = "Perkara TPPO yang disidik " + tag;

        logIn(secretary.username(), StoredUsers.PASSWORD);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Rencana aksi").setExact(true))
                .first()
                .click();
        Locator form = page.locator("#new-plan");
        form.locator("#regionCode").fill("53");
        form.getByLabel("Judul").fill(title);
        form.getByLabel("Tahun mulai").fill("2025");
        form.getByLabel("Tahun akhir").fill("2029");
        form.getByLabel("Dasar hukum").fill("Pergub NTT tentang RAD PP-TPPO");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Buat rencana aksi"))
                .click();
        assertThat(page.locator("#plan-title")).hasText(title);
        String planUrl = page.url();

        page.getByLabel("Nama klaster (sub gugus tugas)").fill("Penegakan Hukum");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah klaster"))
                .click();
        page.getByLabel("Nama program").fill("Penyidikan TPPO");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah program"))
                .click();
        page.getByLabel("Nama kegiatan").fill("Penyidikan perkara TPPO");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah kegiatan"))
                .click();
        page.locator("details.new-indicator summary").click();
        Locator ind = page.locator("details.new-indicator form");
        ind.getByLabel("Nama indikator").fill(indicator);
        ind.getByLabel("Satuan").fill("perkara");
        ind.getByLabel("Nilai dasar (baseline)").fill("12");
        ind.getByLabel("Instansi penanggung jawab").selectOption(new SelectOption().setLabel(polda.name()));
        ind.getByLabel("Target 2025").fill("20");
        ind.getByLabel("Target 2026").fill("22");
        ind.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tambah indikator"))
                .click();
        assertThat(page.locator(".indicator-row")).containsText(indicator);
        assertThat(page.locator(".indicator-row")).containsText(polda.name());
        logOut();

        context.close();
        context = newContext();
        page = context.newPage();
        logIn(investigator.username(), StoredUsers.PASSWORD);
        open(planUrl.substring(planUrl.indexOf("/rencana-aksi")));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(indicator))
                .click();
        Locator report = page.locator("#report-form");
        report.getByLabel("Tahun").selectOption("2025");
        report.getByLabel("Triwulan", new Locator.GetByLabelOptions().setExact(true))
                .selectOption("1");
        report.getByLabel("Nilai tercapai (perkara)").fill("15");
        report.getByLabel("Uraian kegiatan").fill("Lima belas perkara disidik oleh Subdit Renakta");
        report.getByLabel("Hambatan").fill("Saksi korban berada di Malaysia");
        report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kirim laporan"))
                .click();
        Locator row = page.locator("#reports tr[data-quarter='2025-1']");
        assertThat(row.locator(".report-status")).hasText("Diajukan");
        assertThat(row).containsText("Terlambat");
        logOut();

        context.close();
        context = newContext();
        page = context.newPage();
        logIn(secretary.username(), StoredUsers.PASSWORD);
        open(planUrl.substring(planUrl.indexOf("/rencana-aksi")));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(indicator))
                .click();
        row = page.locator("#reports tr[data-quarter='2025-1']");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tandai sudah ditelaah"))
                .click();
        row = page.locator("#reports tr[data-quarter='2025-1']");
        assertThat(row.locator(".report-status")).hasText("Ditelaah");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Setujui"))
                .click();
        row = page.locator("#reports tr[data-quarter='2025-1']");
        assertThat(row.locator(".report-status")).hasText("Disetujui");
        Locator year2025 = page.locator("#achievement tr[data-year='2025']");
        assertThat(year2025.locator(".achieved")).hasText("15");
        assertThat(year2025.locator(".percent")).hasText("75.0%");

        open(planUrl.substring(planUrl.indexOf("/rencana-aksi")) + "?tahun=2025");
        assertThat(page.locator(".indicator-row .percent")).hasText("75.0%");
    }
}
