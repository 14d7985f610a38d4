package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** /ledger: the publication record, which anyone can verify. */
public final class LedgerPage {

    private final Browser browser;

    private LedgerPage(Browser browser) {
        this.browser = browser;
    }

    public static LedgerPage open(Browser browser) {
        browser.open("/ledger");
        return new LedgerPage(browser);
    }

    /** Asks for verification and waits for a result that begins with the text. */
    public LedgerPage verify(String expectedStart) {
        browser.click("ledger-verify");
        browser.waitForText(By.id("ledger-result"), expectedStart);
        return this;
    }

    public String result() {
        return browser.byId("ledger-result").getText();
    }
}
