package org.safetyportal.portal.e2e.pages;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

/** The citizen's report page (/report): emergency numbers first, then the form, then the receipt. */
public final class ReportPage {

    private final Browser browser;

    private ReportPage(Browser browser) {
        this.browser = browser;
        browser.byId("report-emergency");
    }

    public static ReportPage open(Browser browser) {
        browser.open("/report");
        return new ReportPage(browser);
    }

    /** The tap-to-call address of an emergency number's link, e.g. {@code tel:119}. */
    public String callLink(String number) {
        return browser.byId("call-" + number).getDomAttribute("href");
    }

    public boolean callLinkVisible(String number) {
        return browser.byId("call-" + number).isDisplayed();
    }

    /** "No emergency: report a hazard". */
    public ReportPage startReport() {
        browser.click("report-start");
        browser.byId("report-form");
        return this;
    }

    /** Picks a category by its name; each item also shows its everyday examples below the name. */
    public ReportPage category(String name) {
        return pickStartingWith("report-category", name);
    }

    public ReportPage county(String name) {
        return pickStartingWith("report-county", name);
    }

    public ReportPage township(String name) {
        return pickStartingWith("report-township", name);
    }

    public ReportPage address(String text) {
        scrollTo("report-address");
        browser.type("report-address", text);
        return this;
    }

    /** Types the code; an empty text empties the field as a user would, key by key, so that the change is sent. */
    public ReportPage creditCode(String text) {
        scrollTo("report-credit-code");
        WebElement input = browser.find(By.cssSelector("#report-credit-code input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        browser.settle();
        return this;
    }

    public ReportPage describe(String text) {
        scrollTo("report-description");
        WebElement area = browser.find(By.cssSelector("#report-description textarea"));
        area.clear();
        area.sendKeys(text);
        return this;
    }

    /** Reports under one's name with a phone and, where the form offers it, an email; the consent ticked. */
    public ReportPage underName(String name, String phone, String email) {
        scrollTo("report-identity");
        browser.click(browser.byId("report-identity").findElements(By.cssSelector("vaadin-radio-button")).get(1));
        browser.byId("report-real-name");
        scrollTo("report-name");
        browser.type("report-name", name);
        browser.type("report-phone", phone);
        if (email != null) {
            browser.type("report-email", email);
        }
        scrollTo("report-consent");
        browser.click("report-consent");
        return this;
    }

    /** Whether the form asks for an email (only a portal that sends e-mail alerts does). */
    public boolean offersEmail() {
        return !browser.all(By.cssSelector("#report-email")).isEmpty() && browser.all(By.cssSelector("#report-email")).get(0).isDisplayed();
    }

    /** Puts a long text in at once, as a paste would, rather than typing it key by key. */
    public ReportPage paste(String text) {
        browser.script("const area = document.getElementById('report-description');"
                + "area.value = arguments[0];"
                + "area.dispatchEvent(new CustomEvent('change', {bubbles: true}));", text);
        browser.settle();
        return this;
    }

    /**
     * Sends the report. Should open cases of the same county and sector say much the same, the page
     * offers them first: this answers "mine is different", so that the report is sent as before.
     */
    public void submit() {
        browser.click("report-submit");
        if (similarOffered()) {
            browser.click("similar-different");
        }
    }

    /** Sends the report expecting similar cases to be offered first; waits for them. */
    public ReportPage submitExpectingSimilarCases() {
        browser.click("report-submit");
        browser.byId("similar-cases");
        return this;
    }

    /** Whether the page offers open cases this report may repeat, in place of the form. */
    public boolean similarOffered() {
        List<WebElement> panel = browser.all(By.id("similar-cases"));
        return !panel.isEmpty() && panel.get(0).isDisplayed();
    }

    /** The public numbers of the cases offered, best first. */
    public List<String> offeredCases() {
        return browser.all(By.cssSelector("#similar-list .similar-case")).stream()
                .map(e -> e.getDomAttribute("id").substring("similar-case-".length())).toList();
    }

    /** What an offered case says in public. */
    public String offeredSummary(String caseNumber) {
        return browser.find(By.cssSelector("#similar-case-" + caseNumber + " .similar-summary")).getText();
    }

    /** "This is the same — support it"; answers the confirmation's text. */
    public String support(String caseNumber) {
        browser.click("similar-support-" + caseNumber);
        return browser.byId("support-text").getText();
    }

    /** "This is the same — support it" from a busy source: answers the words that ask for the human check. */
    public String supportExpectingCheck(String caseNumber) {
        // Hidden until there is something to say, the message is not on the page before.
        String before = browser.all(By.id("similar-error")).stream().map(WebElement::getText).findFirst().orElse("");
        browser.click("similar-support-" + caseNumber);
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> d.findElements(By.id("similar-error"))
                .stream().filter(e -> e.isDisplayed() && !e.getText().isBlank() && !e.getText().equals(before))
                .map(WebElement::getText).findFirst().orElse(null));
    }

    /** Where the confirmation's link to the supported case leads. */
    public String supportedCaseLink() {
        return browser.byId("support-case-link").getDomAttribute("href");
    }

    /** Whether the form asks for the human check. */
    public boolean humanCheckShown() {
        List<WebElement> panel = browser.all(By.id("report-challenge"));
        return !panel.isEmpty() && panel.get(0).isDisplayed();
    }

    /** The check's picture as the browser drew it: its width in pixels once loaded (0 when it did not load), and its text alternative. */
    public List<String> humanCheckPicture() {
        WebElement picture = browser.byId("report-challenge-picture");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.script("return arguments[0].complete;", picture)));
        return List.of(String.valueOf(browser.script("return arguments[0].naturalWidth;", picture)), picture.getDomAttribute("alt"));
    }

    /** Chooses the question in words instead of the picture; answers the question as shown. */
    public String askInWords() {
        browser.click("report-challenge-switch");
        return browser.byId("report-challenge-question").getText();
    }

    /** The question in words shown now. */
    public String questionInWords() {
        return browser.byId("report-challenge-question").getText();
    }

    public ReportPage answerHumanCheck(String answer) {
        scrollTo("report-challenge-answer");
        WebElement input = browser.find(By.cssSelector("#report-challenge-answer input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(answer);
        return this;
    }

    public boolean receiptShown() {
        return !browser.all(By.id("report-receipt")).isEmpty();
    }

    public String error() {
        WebElement error = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> {
                    WebElement e = d.findElement(By.id("report-error"));
                    return e.isDisplayed() && !e.getText().isBlank() ? e : null;
                });
        return error.getText();
    }

    /** The tracking code the receipt shows, as shown (in groups). */
    public String receiptCode() {
        return browser.byId("receipt-code").getText();
    }

    public String receiptPin() {
        return browser.byId("receipt-pin").getText();
    }

    public String receiptDepartment() {
        return browser.byId("receipt-department").getText();
    }

    public String whyThisDepartment() {
        return browser.byId("why-department").getText();
    }

    private ReportPage pickStartingWith(String selectId, String text) {
        scrollTo(selectId);
        browser.click(selectId);
        WebElement item = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                        .filter(e -> e.isDisplayed() && e.getText().strip().startsWith(text))
                        .findFirst().orElse(null));
        // On a phone the overlay holds more items than the window shows.
        browser.script("arguments[0].scrollIntoView({block: 'center'})", item);
        item.click();
        browser.settle();
        return this;
    }

    /** Reports under a name: picks "real name", fills name and phone and gives consent. */
    public ReportPage realName(String name, String phone) {
        WebElement choice = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(
                By.cssSelector("#report-identity vaadin-radio-button")).stream()
                .filter(b -> b.getText().strip().equals(browser.text("report.identity.realName"))).findFirst().orElse(null));
        browser.click(choice);
        browser.byId("report-name");
        browser.type("report-name", name);
        browser.type("report-phone", phone);
        browser.click("report-consent");
        return this;
    }

    /** Chooses a file for the photo field, as the phone's picker would; waits until the form has answered. */
    public ReportPage attachPhoto(Path file) {
        int before = photoCount();
        String shownBefore = photoMessage();
        scrollTo("report-photo-upload");
        WebElement input = browser.byId("report-photo-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        // The field takes several files; the driver adds to what it chose before unless the choice is emptied.
        browser.script("arguments[0].value = ''", input);
        input.sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> photoCount() != before || !photoMessage().equals(shownBefore));
        browser.settle();
        return this;
    }

    /** The thumbnails of the photos the form holds. */
    public int photoCount() {
        return browser.all(By.cssSelector("#report-photo-list .report-photo")).size();
    }

    /** Why the last photo was refused, or "" when none was. */
    public String photoMessage() {
        List<WebElement> message = browser.all(By.id("report-photo-message"));
        return message.isEmpty() || !message.get(0).isDisplayed() ? "" : message.get(0).getText();
    }

    /** Whether every thumbnail the form shows has loaded as a picture. */
    public boolean thumbnailsLoaded() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(browser.script(
                "const images = [...document.querySelectorAll('#report-photo-list img')];"
                        + "return images.length > 0 && images.every(i => i.complete && i.naturalWidth > 0);")));
    }

    /** Whether the receipt's QR code has loaded as a picture. */
    public boolean receiptQrCodeLoaded() {
        WebElement image = browser.byId("receipt-qr");
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
    }

    /** What the receipt's QR code says, read from the picture the browser shows. */
    public String receiptQrCodeText() {
        String base64 = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].src).then(r => r.arrayBuffer()).then(b => {"
                        + "  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });",
                browser.byId("receipt-qr"));
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            // The picture is a code as drawn, nothing around it: read as such. Searched for as in a photograph, about
            // 1 code in 270 was not found (a finder pattern taken for data), and the journey failed at random.
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (IOException | ReaderException unreadable) {
            throw new AssertionError("The receipt's QR code cannot be read", unreadable);
        }
    }

    /** The receipt file the "download" link gives, as text. */
    public String downloadedReceipt() {
        return new String(browser.fetch(browser.byId("receipt-download")), StandardCharsets.UTF_8);
    }

    private void scrollTo(String id) {
        browser.script("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
    }
}
