package id.sigap.analytics.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.prevention.InterceptionCounts;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.security.StoredUsers;
import id.sigap.security.UserAccounts;
import id.sigap.support.BrowserJourney;
import java.io.FileInputStream;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The NTT provincial secretary opens the standard reports from the menu, picks the TIP report of 2018 for her
 * province, sees the interceptions of the year (the seeded yearly aggregate) and downloads the report as XLSX.
 */
class StandardReportJourneyIT extends BrowserJourney {

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Autowired
    InterceptionCounts interceptions;

    @Test
    void a_provincial_secretary_downloads_the_tip_report() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long agency = agencies.create(NewAgency.of("Sekretariat GT NTT " + tag, AgencyType.TASKFORCE_SECRETARIAT, "53"))
                .id();
        SigapUser secretary = StoredUsers.create(accounts, agency, new Grant(Role.TASKFORCE_SECRETARY, "53"));
        logIn(secretary.username(), StoredUsers.PASSWORD);

        open("/");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Laporan standar").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Laporan standar");
        page.getByLabel("Laporan", new Page.GetByLabelOptions().setExact(true)).selectOption("tip");
        page.getByLabel("Tahun", new Page.GetByLabelOptions().setExact(true)).selectOption("2018");
        page.getByLabel("Wilayah", new Page.GetByLabelOptions().setExact(true)).selectOption("53");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tampilkan"))
                .click();
        assertThat(page.locator("#report-title")).containsText("Laporan TIP");
        long persons = interceptions.of("53", 2018).persons();
        assertThat(persons).isPositive();
        assertThat(page.locator("#report-INTERCEPTIONS tr[data-code=INTERCEPTED_PERSONS] td")
                        .last())
                .hasText(Long.toString(persons));

        Download download =
                page.waitForDownload(() -> page.locator("#download-xlsx").click());
        assertThat(download.suggestedFilename()).isEqualTo("sigap-tip-2018-53.xlsx");
        try (XSSFWorkbook book =
                new XSSFWorkbook(new FileInputStream(download.path().toFile()))) {
            var row = book.getSheet("INTERCEPTIONS").getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("INTERCEPTED_PERSONS");
            assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(persons);
        }
    }
}
