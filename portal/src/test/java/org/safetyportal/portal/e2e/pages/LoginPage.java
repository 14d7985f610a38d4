package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

public final class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
        browser.byId("login-username");
    }

    public static LoginPage open(Browser browser) {
        browser.open("/login");
        return new LoginPage(browser);
    }

    public void signIn(String username, String password) {
        browser.type("login-username", username);
        browser.type("login-password", password);
        browser.click("login-submit");
    }

    /** Signs in and waits for the staff area, which loads as a new page. */
    public void signInSuccessfully(String username, String password) {
        signIn(username, password);
        browser.byId("signed-in-user");
        browser.settle();
    }

    public String error() {
        return browser.byId("login-error").getText();
    }

    public void waitForError(String text) {
        browser.waitForText(By.id("login-error"), text);
    }
}
