package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

/** Under a passed self-study quiz: the form that asks for the name to print on the certificate. */
public final class CertificateRequest {

    private final Browser browser;

    private CertificateRequest(Browser browser) {
        this.browser = browser;
        // Under the score, above the long review: brought into view, as the visitor scrolls back to it.
        WebElement form = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("certificate-request")));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", form);
        browser.byId("certificate-request");
    }

    public static CertificateRequest shown(Browser browser) {
        return new CertificateRequest(browser);
    }

    /**
     * Asks with this name, put in as a paste would (so that a name past the field's length, or with control
     * characters no keyboard types, reaches the server as sent); answers the refusal in words, or null once issued.
     */
    public String askWith(String name) {
        browser.script("const field = document.getElementById('certificate-name');"
                + "field.value = arguments[0];"
                + "field.dispatchEvent(new CustomEvent('change', {bubbles: true}));", name);
        browser.settle();
        browser.click("certificate-ask");
        String seen = new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            if (!d.findElements(By.id("certificate-issued")).isEmpty()) {
                return "issued";
            }
            var error = d.findElements(By.id("certificate-error"));
            String text = error.isEmpty() ? "" : error.get(0).getDomProperty("textContent");
            return text == null || text.isBlank() ? null : "refused:" + text;
        });
        return seen.equals("issued") ? null : seen.substring("refused:".length());
    }

    /** The certificate's line, with its code, once issued. */
    public String issued() {
        return browser.byId("certificate-issued").getDomProperty("textContent");
    }
}
