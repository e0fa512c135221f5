package id.sigap.exchange.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
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
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case worker imports a partner's HTCDS file: the first has a wrong gender value and the preview names the record,
 * field, value and reason with nothing to save; the corrected file is saved after the confirmation.
 */
class HtcdsImportJourneyIT extends BrowserJourney {

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Test
    void a_case_worker_sees_the_problems_then_saves_the_corrected_file() {
        String prefix = "J" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Agency uptd = agencies.create(NewAgency.of("UPTD PPA HTCDS " + prefix, AgencyType.UPTD_PPA, "53.71"));
        SigapUser worker = StoredUsers.create(accounts, uptd.id(), new Grant(Role.CASE_WORKER, "53.71"));
        logIn(worker.username(), StoredUsers.PASSWORD);

        open("/pertukaran");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Impor berkas HTCDS ke kasus"))
                .click();
        String header = "cas_CaseNumber,cas_Status,x_sigap_RegionCode,x_sigap_OpenedDate,prs_Gender,"
                + "vic_TraffickingStatus,vic_MethodOfRecruitment\n";
        upload("mitra-salah.csv", header + prefix + "1,Active,53.71,2024-03-02,Wanita,ActualVictimOfTrafficking,\n");
        assertThat(page.locator("#import-problems")).containsText("Wanita");
        assertThat(page.locator("#import-problems")).containsText("prs_Gender");
        assertThat(page.locator("#import-problems")).containsText("Nilai tidak ada dalam daftar kode HTCDS.");
        assertThat(page.locator("form[action$='/pertukaran/impor/simpan']")).hasCount(0);

        upload(
                "mitra-benar.csv",
                header + prefix + "1,Active,53.71,2024-03-02,Feminine,ActualVictimOfTrafficking,"
                        + "ThroughOnlineSocialNetworks\n");
        assertThat(page.locator("#import-ready")).containsText("1 kasus baru akan dibuat");
        page.onceDialog(Dialog::accept);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan 1 kasus"))
                .click();
        assertThat(page.locator("#import-saved")).containsText("1 kasus dibuat");
    }

    private void upload(String name, String csv) {
        page.getByLabel("Berkas HTCDS (CSV atau JSON)")
                .setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Periksa berkas"))
                .click();
    }
}
