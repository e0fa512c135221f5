package id.sigap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the end-to-end journeys ({@code *JourneyIT}, tag {@code journey}): the whole application on a random port
 * (embedded PostgreSQL, test profile) driven by Playwright for Java in Debian's chromium. Playwright never downloads
 * a browser here ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}); a missing chromium fails the journey, it is never
 * skipped. A failing journey leaves a screenshot and the page's HTML in {@code target/journeys/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("journey")
@ExtendWith(JourneyScreenshots.class)
public abstract class BrowserJourney {

    /** Debian's chromium; {@code SIGAP_CHROMIUM} names another binary. */
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SIGAP_CHROMIUM", "/usr/bin/chromium"));

    private static final List<String> CHROMIUM_ARGS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("The browser journeys need Debian's chromium at " + CHROMIUM
                    + ", which is missing. Install it with `apt-get install chromium` (.ci/run does this),"
                    + " or set SIGAP_CHROMIUM to a Chromium binary.");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS)
                        .setTimeout(60_000));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /** A fresh browser session (no cookies), e.g. for a second user in the same journey. */
    protected BrowserContext newContext() {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setLocale("id-ID")
                .setTimezoneId("Asia/Jakarta")
                .setViewportSize(1280, 900));
        c.setDefaultTimeout(15_000);
        return c;
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Opens {@code path} (relative to the application) and expects a successful answer. */
    protected Response open(String path) {
        Response response = page.navigate(path);
        assertThat(response).as("answer to GET %s", path).isNotNull();
        assertThat(response.status()).as("status of GET %s", path).isLessThan(400);
        return response;
    }

    /** Signs in through the login page (contract: inputs {@code username}, {@code password} and a submit button). */
    protected void logIn(String username, String password) {
        open("/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("form:has(input[name=password]) [type=submit]").click();
        try {
            page.waitForURL(url -> !url.contains("/login"));
        } catch (com.microsoft.playwright.TimeoutError stillThere) {
            // the assertion below says who could not sign in
        }
        page.waitForLoadState();
        assertThat(page.url())
                .as("still on the login page after signing in as %s", username)
                .doesNotContain("/login");
    }

    /** Signs out with the navigation's sign-out button (a POST with the CSRF token). */
    protected void logOut() {
        page.locator("form[action$='/logout'] [type=submit]").first().evaluate("b => b.form.requestSubmit()");
        // wait for the sign-out navigation itself: navigating elsewhere while it is in flight aborts it
        page.waitForURL(Pattern.compile(".*/login\\?logout.*"));
        page.waitForLoadState();
    }

    Page currentPage() {
        return page;
    }
}
