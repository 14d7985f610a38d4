package org.safetyportal.portal.e2e;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.i18n.Messages;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, both by explicit path so that Selenium
 * never tries to download a browser or a driver. Helpers wait for Vaadin to finish a round trip.
 */
public final class Browser implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration LINK_TIMEOUT = Duration.ofSeconds(5);

    private final WebDriver driver;
    private final PortalProcess portal;
    private Locale locale;
    private String baseUrl;

    public Browser(PortalProcess portal, Locale locale) {
        this(portal, locale, true);
    }

    /** A browser whose reader has switched JavaScript off: it reads the pages as the server sends them. */
    public static Browser withoutJavaScript(PortalProcess portal, Locale locale) {
        return new Browser(portal, locale, false);
    }

    private Browser(PortalProcess portal, Locale locale, boolean javaScript) {
        this.portal = portal;
        this.locale = locale;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(env("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=zh-CN");
        if (!javaScript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Opens the portal's pages at this loopback address ({@code 127.0.0.12}) instead of localhost, so
     * that the portal sees this journey's reports come from an address of its own (the intake limits
     * count per network address).
     */
    public Browser at(String loopbackAddress) {
        baseUrl = portal.baseUrl().replace("localhost", loopbackAddress);
        return this;
    }

    private String baseUrl() {
        return baseUrl == null ? portal.baseUrl() : baseUrl;
    }

    /** The language the pages are expected in; texts are looked up in the portal's own bundles. */
    public void expectLanguage(Locale expected) {
        this.locale = expected;
    }

    public String text(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    public void open(String path) {
        driver.get(baseUrl() + (path.startsWith("/") ? path : "/" + path));
        settle();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(baseUrl().length());
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement byId(String id) {
        return find(By.id(id));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Types into a Vaadin text field: its native input lives in the light DOM. */
    public void type(String fieldId, String value) {
        WebElement input = find(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(value);
    }

    public void click(String id) {
        click(byId(id));
    }

    /**
     * Scrolls the element to the middle of the window first, clear of the sticky header. A click on a
     * link of the portal waits for the address to change: Vaadin's router starts its request only after
     * the click event, so waiting for no request in flight alone could return before navigating.
     */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        String target = linkTarget(element);
        element.click();
        if (target != null) {
            try {
                new WebDriverWait(driver, LINK_TIMEOUT).until(d -> d.getCurrentUrl().equals(target));
            } catch (TimeoutException redirected) {
                // A link may end elsewhere (a sign-in page, an error view); settle() below covers that.
            }
        }
        settle();
    }

    /** Where a click on this element leads within the portal, if it is a link there to another page. */
    private String linkTarget(WebElement element) {
        if (!"a".equalsIgnoreCase(element.getTagName()) || element.getDomAttribute("download") != null) {
            return null;
        }
        String href = element.getAttribute("href");
        return href != null && href.startsWith(baseUrl()) && !href.equals(driver.getCurrentUrl()) ? href : null;
    }

    /** Picks an item of an open Vaadin select, combo box or menu overlay by its visible text. */
    public void pickOverlayItem(String itemTag, String text) {
        WebElement item = new WebDriverWait(driver, TIMEOUT).until(d -> d.findElements(By.cssSelector(itemTag)).stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(text))
                .findFirst().orElse(null));
        item.click();
        settle();
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        settle();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until Vaadin has no request in flight. */
    public void settle() {
        new WebDriverWait(driver, TIMEOUT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (document.readyState !== 'complete') return false;"
                        + "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return true;"
                        + "return Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive());")));
    }

    /** Fetches a download link's file within the signed-in session, as the browser would save it. */
    public byte[] fetch(WebElement link) {
        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.arrayBuffer()).then(b => {"
                        + "  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });",
                link);
        return java.util.Base64.getDecoder().decode(base64);
    }

    public void deleteCookies() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
