package id.sigap.region.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.sigap.support.BrowserJourney;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * A signed-in user finds Kota Kupang in the region browser: with the picker (keyboard only) and with the search box
 * (htmx), with the page's Content-Security-Policy in force (no inline script).
 */
class RegionPickerJourneyIT extends BrowserJourney {

    @Value("${sigap.admin-password}")
    String adminPassword;

    @Test
    void the_picker_suggests_regions_with_their_parents_and_fills_in_the_code() {
        // scripts only: the picker must work without inline script (htmx's own indicator <style> is not ours)
        List<String> cspViolations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") && m.text().contains("script")) {
                cspViolations.add(m.text());
            }
        });
        logIn("admin", adminPassword);
        open("/wilayah");

        Locator picker = page.getByLabel("Buka wilayah");
        picker.focus();
        page.keyboard().type("kupang kota");
        Locator first = page.getByRole(AriaRole.OPTION).first();
        assertThat(first).containsText("Kota Kupang");
        assertThat(first).containsText("Nusa Tenggara Timur");
        assertThat(picker).hasAttribute("aria-expanded", "true");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(picker).hasValue("53.71");
        assertThat(page.getByText("Kota Kupang — Nusa Tenggara Timur")).isVisible();
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka"))
                .click();
        page.waitForURL("**/wilayah/53.71");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Kota Kupang");
        assertThat(page.getByText("Kelapa Lima")).isVisible();

        assertThat(cspViolations).as("CSP violations by scripts").isEmpty();
    }

    @Test
    void the_search_box_lists_results_while_typing() {
        logIn("admin", adminPassword);
        open("/wilayah");
        page.getByLabel(Pattern.compile("^Cari wilayah")).fill("kab kupang");
        Locator results = page.locator("#region-results a");
        assertThat(results.first()).containsText("Kabupaten Kupang");
        assertThat(page).hasURL(Pattern.compile("/wilayah\\?q=kab(\\+|%20)kupang"));
        results.first().click();
        page.waitForURL("**/wilayah/53.01");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Jejak wilayah")))
                .containsText("Nusa Tenggara Timur");
    }
}
