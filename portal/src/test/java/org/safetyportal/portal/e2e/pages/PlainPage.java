package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;
import org.safetyportal.portal.e2e.PortalProcess;

/**
 * A public page as a browser without JavaScript shows it: the plain copy the server sends for
 * readers, with its links. Nothing here waits for Vaadin, which never runs.
 */
public final class PlainPage {

    private final Browser reader;

    private PlainPage(Browser reader) {
        this.reader = reader;
    }

    public static PlainPage open(Browser reader, PortalProcess portal, String path) {
        reader.driver().get(portal.url(path));
        return new PlainPage(reader);
    }

    public WebElement heading() {
        return reader.driver().findElement(By.cssSelector("#page-for-readers main h1"));
    }

    public PlainPage followLink(String linkText) {
        reader.driver().findElement(By.linkText(linkText)).click();
        return this;
    }

    public String address() {
        return reader.driver().getCurrentUrl();
    }

    public String mainText() {
        return reader.driver().findElement(By.cssSelector("#page-for-readers main")).getText();
    }
}
