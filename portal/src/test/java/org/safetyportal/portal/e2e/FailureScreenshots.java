package org.safetyportal.portal.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;

/**
 * When a journey fails, keeps what the browser saw: a screenshot and the page's DOM under
 * {@code target/e2e-failures/}, named after the test. It runs before the browser is closed, so the
 * picture is the one at the moment of failure.
 */
final class FailureScreenshots implements TestExecutionExceptionHandler {

    static final Path FOLDER = Path.of("target", "e2e-failures");

    private final BrowserJourney journey;

    FailureScreenshots(BrowserJourney journey) {
        this.journey = journey;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Browser browser = journey.browser;
        if (browser != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                    + "-" + journey.portal.databaseKind();
            try {
                save(browser, name);
            } catch (IOException | WebDriverException unsaved) {
                failure.addSuppressed(unsaved);
            }
        }
        throw failure;
    }

    static void save(Browser browser, String name) throws IOException {
        Files.createDirectories(FOLDER);
        byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
        Files.write(FOLDER.resolve(name + ".png"), png);
        String page = "<!-- " + browser.driver().getCurrentUrl() + " -->\n" + browser.driver().getPageSource();
        Files.writeString(FOLDER.resolve(name + ".html"), page, StandardCharsets.UTF_8);
    }
}
