package id.sigap.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When a journey fails, keeps what the browser showed: {@code target/journeys/<class>.<method>.png} and {@code .html}.
 * Runs before {@code @AfterEach}, while the page is still open.
 */
class JourneyScreenshots implements AfterTestExecutionCallback {

    static final Path DIR = Path.of("target", "journeys");

    @Override
    public void afterTestExecution(ExtensionContext ctx) throws IOException {
        if (ctx.getExecutionException().isEmpty()
                || !(ctx.getTestInstance().orElse(null) instanceof BrowserJourney journey)) {
            return;
        }
        Page page = journey.currentPage();
        if (page == null || page.isClosed()) {
            return;
        }
        Files.createDirectories(DIR);
        String name = ctx.getRequiredTestClass().getSimpleName() + "."
                + ctx.getRequiredTestMethod().getName();
        try {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(DIR.resolve(name + ".png"))
                    .setFullPage(true));
            Files.writeString(DIR.resolve(name + ".html"), "<!-- " + page.url() + " -->\n" + page.content());
        } catch (RuntimeException e) {
            // the page may have crashed with the failure itself; the test's own failure is what matters
            System.err.println("No journey screenshot for " + name + ": " + e.getMessage());
        }
    }
}
