package id.sigap.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.sigap.support.BrowserJourney;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Journey 0: a newcomer opens the login page, in Bahasa Indonesia by default, and switches it to English. */
class LoginPageJourneyIT extends BrowserJourney {

    private static final Pattern INDONESIAN_SUBMIT = Pattern.compile("^\\s*Masuk\\s*$");
    private static final Pattern ENGLISH_SUBMIT =
            Pattern.compile("^\\s*(Sign in|Log in)\\s*$", Pattern.CASE_INSENSITIVE);

    @Test
    void the_login_page_speaks_indonesian_with_labelled_inputs_and_switches_to_english() {
        open("/login");

        assertThat(page.locator("html")).hasAttribute("lang", "id");
        Locator username = page.locator("input[name=username]");
        Locator password = page.locator("input[name=password]");
        String usernameLabel = labelOf(username);
        String passwordLabel = labelOf(password);
        assertThat(password).hasAttribute("type", "password");
        Locator submit = page.locator("form:has(input[name=password]) [type=submit]");
        assertThat(submit).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named(INDONESIAN_SUBMIT))).isVisible();

        // keyboard only: the username field can be reached and typed into
        username.focus();
        page.keyboard().type("admin");
        assertThat(username).hasValue("admin");

        open("/login?lang=en");

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.BUTTON, named(ENGLISH_SUBMIT))).isVisible();
        assertThat(labelOf(page.locator("input[name=username]"))).isNotEqualTo(usernameLabel);
        assertThat(labelOf(page.locator("input[name=password]"))).isNotEqualTo(passwordLabel);

        // the choice is kept (cookie) when the page is opened again without ?lang
        open("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        open("/login?lang=id");
        assertThat(page.locator("html")).hasAttribute("lang", "id");
    }

    private static Page.GetByRoleOptions named(Pattern name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /** The text of the label(s) of an input; fails when it has none. */
    private static String labelOf(Locator input) {
        assertThat(input).isVisible();
        String text = (String)
                input.evaluate(
                        "e => Array.from(e.labels || []).map(l => l.innerText.trim()).join(' ') || e.getAttribute('aria-label') || ''");
        assertThat(text).as("label of %s", input).isNotBlank();
        return text;
    }
}
