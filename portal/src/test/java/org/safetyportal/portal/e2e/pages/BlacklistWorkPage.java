package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

/** The staff page under /admin/blacklist: list an entity, request an early removal, decide a request. */
public final class BlacklistWorkPage {

    private final Browser browser;

    private BlacklistWorkPage(Browser browser) {
        this.browser = browser;
    }

    /** Follows the blacklist tool of the staff home, where signing in leads. */
    public static BlacklistWorkPage openFromStaffArea(Browser browser) {
        browser.click("tool-blacklist");
        browser.byId("blacklist-work-heading");
        return new BlacklistWorkPage(browser);
    }

    public static BlacklistWorkPage open(Browser browser) {
        browser.open("/admin/blacklist");
        browser.byId("blacklist-work-heading");
        return new BlacklistWorkPage(browser);
    }

    /** Fills the listing form (department preselected when the publisher has one) and publishes; answers the new entry's id. */
    public int list(String enterprise, String creditCode, String county, String sector, String conduct, String basis,
            String decisionNo, String contact, String phone, String channel) {
        browser.type("bl-enterprise", enterprise);
        browser.type("bl-credit-code", creditCode);
        browser.click("bl-county");
        browser.pickOverlayItem("vaadin-select-item", county);
        browser.click("bl-sector");
        browser.pickOverlayItem("vaadin-select-item", sector);
        textArea("bl-conduct", conduct);
        textArea("bl-basis", basis);
        browser.type("bl-decision", decisionNo);
        browser.type("bl-objection-contact", contact);
        browser.type("bl-objection-phone", phone);
        textArea("bl-objection-channel", channel);
        browser.click("bl-submit");
        String href = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            refusal(d.findElements(By.cssSelector("vaadin-notification-card")));
            List<WebElement> link = d.findElements(By.id("bl-listed-link"));
            return link.isEmpty() ? null : link.get(0).getAttribute("href");
        });
        return Integer.parseInt(href.substring(href.lastIndexOf('/') + 1));
    }

    public void requestRemoval(int entryId, String reason) {
        browser.click("request-removal-" + entryId);
        textArea("removal-reason", reason);
        browser.click("removal-send");
        waitForMessage(browser.text("admin.blacklist.requested"));
    }

    public boolean canApprove(int entryId) {
        browser.settle();
        return !browser.all(By.id("approve-entry-" + entryId)).isEmpty();
    }

    public void approve(int entryId, String enterprise) {
        browser.click("approve-entry-" + entryId);
        waitForMessage(browser.text("admin.blacklist.approved", enterprise));
    }

    /** Waits for the confirmation above the form; a refusal shows as a notification and fails at once. */
    private void waitForMessage(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            refusal(d.findElements(By.cssSelector("vaadin-notification-card")));
            Object shown = browser.script("const m = document.getElementById('bl-message'); return m ? m.textContent : '';");
            return String.valueOf(shown).contains(text);
        });
    }

    private static void refusal(List<WebElement> notifications) {
        if (!notifications.isEmpty() && !notifications.get(0).getText().isBlank()) {
            throw new IllegalStateException("refused: " + notifications.get(0).getText());
        }
    }

    private void textArea(String id, String text) {
        var area = browser.find(By.cssSelector("#" + id + " textarea"));
        area.clear();
        area.sendKeys(text);
    }
}
