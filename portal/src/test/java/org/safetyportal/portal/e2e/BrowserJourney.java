package org.safetyportal.portal.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.safetyportal.i18n.SupportedLocales;

/** A journey through the shared running portal in a browser of its own, starting in Chinese. */
abstract class BrowserJourney {

    protected final PortalProcess portal = PortalProcess.shared();
    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(portal, SupportedLocales.CHINESE);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
