package id.sigap.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.sigap.support.BrowserJourney;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Journey 10 (docs/journeys): the national administrator creates an agency in Kota Kupang and a case worker there;
 * the case worker signs in and sees Kota Kupang's agencies, not Kalimantan Selatan's.
 */
class AdminCreatesRegencyUserJourneyIT extends BrowserJourney {

    private static final Pattern SAVE = Pattern.compile("^\\s*(Simpan|Buat|Tambah)", Pattern.CASE_INSENSITIVE);

    @Value("${sigap.admin-password}")
    String adminPassword;

    @Test
    void an_administrator_creates_a_kupang_case_worker_who_sees_only_kupang() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String kupangAgency = "UPTD PPA Kota Kupang " + suffix;
        String banjarmasinAgency = "Dinas Sosial Kota Banjarmasin " + suffix;
        String username = "cw" + suffix;
        String password = "Kupang-Journey-" + suffix + "!";

        logIn("admin", adminPassword);
        createAgency(kupangAgency, "UPTD PPA", "53.71");
        createAgency(banjarmasinAgency, "Dinas Sosial / rumah perlindungan", "63.71");
        createUser(username, "Case Worker " + suffix, password, kupangAgency, "CASE_WORKER", "53.71");
        logOut();

        logIn(username, password);
        assertThat(page.getByText("Kota Kupang").first()).isVisible();
        open("/instansi");
        assertThat(page.getByText(kupangAgency)).isVisible();
        assertThat(page.getByText(banjarmasinAgency)).hasCount(0);
    }

    private void createAgency(String name, String typeLabel, String regionCode) {
        open("/instansi/baru");
        page.getByLabel(Pattern.compile("^Nama( \\*)?$")).fill(name);
        page.getByLabel(Pattern.compile("^Jenis")).selectOption(new SelectOption().setLabel(typeLabel));
        chooseRegion(regionCode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SAVE))
                .click();
        page.waitForLoadState();
        assertThat(page.getByText(name).first()).isVisible();
    }

    private void createUser(
            String username, String displayName, String password, String agency, String role, String regionCode) {
        open("/admin/pengguna/baru");
        page.getByLabel(Pattern.compile("^Nama pengguna", Pattern.CASE_INSENSITIVE))
                .fill(username);
        page.getByLabel(Pattern.compile("^Nama (lengkap|tampilan)", Pattern.CASE_INSENSITIVE))
                .fill(displayName);
        page.getByLabel(Pattern.compile("^Kata sandi", Pattern.CASE_INSENSITIVE))
                .first()
                .fill(password);
        Locator confirm = page.getByLabel(Pattern.compile("^(Ulangi|Konfirmasi) kata sandi", Pattern.CASE_INSENSITIVE));
        if (confirm.count() > 0) {
            confirm.fill(password);
        }
        selectOptionContaining(page.getByLabel(Pattern.compile("^Instansi", Pattern.CASE_INSENSITIVE)), agency);
        page.getByLabel(Pattern.compile("^Peran", Pattern.CASE_INSENSITIVE))
                .first()
                .selectOption(role);
        chooseRegion(regionCode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SAVE))
                .click();
        page.waitForLoadState();
        assertThat(page.getByText(username).first()).isVisible();
    }

    /** The region field: a select of codes, or a text input that takes a Kemendagri code (with suggestions). */
    private void chooseRegion(String code) {
        Locator region = page.getByLabel(Pattern.compile("^Wilayah")).first();
        if ("SELECT".equals(region.evaluate("e => e.tagName"))) {
            region.selectOption(code);
        } else {
            region.fill(code);
        }
    }

    private static void selectOptionContaining(Locator select, String text) {
        String value =
                (String) select.evaluate("(s, t) => Array.from(s.options).find(o => o.text.includes(t))?.value", text);
        select.selectOption(value);
    }
}
