package id.sigap.dataimport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.sigap.dataimport.internal.Column;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case worker imports the agency's spreadsheet: the first file has a wrong date and the preview names the row and
 * cell with no way to save; the corrected file is saved after the confirmation, with the progress shown until done.
 */
class ImportJourneyIT extends BrowserJourney {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Test
    void a_case_worker_sees_the_problems_then_saves_the_corrected_file() {
        String tag = ImportFixture.tag();
        Agency uptd = agencies.create(NewAgency.of("UPTD PPA Impor " + tag, AgencyType.UPTD_PPA, "53.71"));
        SigapUser worker = StoredUsers.create(accounts, uptd.id(), new Grant(Role.CASE_WORKER, "53.71"));
        logIn(worker.username(), StoredUsers.PASSWORD);

        open("/");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Impor").setExact(true))
                .click();
        List<Map<Column, String>> rows = ImportSheets.rows(tag, 300);
        rows.get(4).put(Column.BIRTH_DATE, "kemarin");
        upload("kasus-salah.xlsx", ImportSheets.xlsx(rows));
        // The file is read in the background; the page follows and shows the problems when it is done.
        assertThat(page.locator("#import-problems"))
                .containsText("Tanggal tidak valid", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#import-problems")).containsText("M6");
        assertThat(page.locator("#import-commit")).hasCount(0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kembali ke impor"))
                .click();
        upload("kasus-lupa.xlsx", ImportSheets.xlsx(ImportSheets.rows(tag + "x", 3)));
        assertThat(page.locator("#import-status"))
                .containsText("Siap disimpan", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        page.onceDialog(Dialog::accept);
        page.locator("#import-discard").click();
        assertThat(page.locator("#import-history")).not().containsText("kasus-lupa.xlsx");

        upload("kasus-benar.xlsx", ImportSheets.xlsx(ImportSheets.rows(tag, 300)));
        assertThat(page.locator("#import-status"))
                .containsText("Siap disimpan", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        page.onceDialog(Dialog::accept);
        page.locator("#import-commit").click();
        assertThat(page.locator("#import-status-badge"))
                .hasText("Tersimpan", new LocatorAssertions.HasTextOptions().setTimeout(120_000));
        assertThat(page.locator("#import-status")).containsText("300 orang baru");

        open("/impor");
        assertThat(page.locator("#import-history")).containsText("kasus-salah.xlsx");
        assertThat(page.locator("#import-history")).containsText("kasus-benar.xlsx");
    }

    private void upload(String name, byte[] content) {
        page.getByLabel("Berkas (XLSX atau CSV, paling besar 20 MB)")
                .setInputFiles(new FilePayload(name, XLSX, content));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unggah dan periksa"))
                .click();
    }
}
