package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

public final class UserManagementPage {

    private final Browser browser;

    private UserManagementPage(Browser browser) {
        this.browser = browser;
    }

    public static UserManagementPage open(Browser browser) {
        browser.open("/admin/users");
        browser.byId("users-heading");
        return new UserManagementPage(browser);
    }

    /** Creates an account with one role in one department (department as shown, e.g. 晋城市应急管理局). */
    public void createUser(String username, String name, String password, String roleCode, String departmentName) {
        openNewUserDialog();
        fillNewUser(username, name, password);
        chooseRole(roleCode, departmentName);
        save();
    }

    public void openNewUserDialog() {
        browser.click("new-user");
    }

    public void fillNewUser(String username, String name, String password) {
        browser.type("new-username", username);
        browser.type("new-display-name", name);
        browser.type("new-password", password);
    }

    public void chooseRole(String roleCode, String departmentName) {
        browser.click("grant-role");
        browser.pickOverlayItem("vaadin-select-item", browser.text("role." + roleCode));
        if (departmentName != null) {
            browser.type("grant-department", departmentName);
            browser.pickOverlayItem("vaadin-combo-box-item", departmentName);
        }
        browser.click("grant-add");
    }

    public void save() {
        browser.click("dialog-save");
    }

    public String dialogError() {
        return browser.byId("dialog-error").getText();
    }

    public boolean listsUser(String username) {
        browser.settle();
        return browser.all(By.cssSelector("#users-grid vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().strip().equals(username));
    }

    /** The usernames in the grid's first column, top to bottom. */
    public List<String> usernames() {
        browser.settle();
        return browser.all(By.cssSelector("#users-grid vaadin-grid-cell-content")).stream()
                .map(cell -> cell.getText().strip())
                .filter(text -> text.matches("[a-z0-9][a-z0-9._-]{2,63}"))
                .toList();
    }

    /**
     * Narrows the grid to one account by the page's filter field: on a portal with many accounts the
     * grid renders only the rows in view, so a row far down has no buttons to click. Waits until the grid
     * shows that one account: the grid keeps hidden copies of rows it drew before, with the same ids.
     */
    public UserManagementPage find(String username) {
        browser.type("users-filter", username);
        // The grid redraws its rows as the filter applies: a row read mid-redraw is read again.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> shown(By.cssSelector("#users-grid [id^='toggle-']"))
                .stream().map(button -> button.getDomAttribute("id")).toList().equals(List.of("toggle-" + username)));
        browser.settle();
        return this;
    }

    private List<WebElement> shown(By by) {
        return browser.all(by).stream().filter(WebElement::isDisplayed).toList();
    }

    private void clickShown(String id) {
        browser.click(shown(By.id(id)).get(0));
    }

    /** Disables the account and waits for the confirmation. */
    public void disable(String username) {
        toggle(username, "admin.users.disabled");
    }

    public void enable(String username) {
        toggle(username, "admin.users.enabled");
    }

    public void resetPassword(String username, String password) {
        find(username);
        clickShown("reset-" + username);
        browser.type("reset-password", password);
        save();
    }

    private void toggle(String username, String confirmationKey) {
        find(username);
        clickShown("toggle-" + username);
        String done = browser.text(confirmationKey);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(By.tagName("vaadin-notification-card"))
                .stream().anyMatch(card -> card.getText().contains(done)));
    }

    /** Waits until the account exists, found by the filter (so among any number of accounts), then shows all again. */
    public void waitForUser(String username) {
        find(username);
        // Keystrokes, as a user clears the field: the field sends its value on input events, which clear() does not fire.
        browser.find(By.cssSelector("#users-filter input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> shown(By.cssSelector("#users-grid [id^='toggle-']"))
                .stream().anyMatch(button -> "toggle-admin".equals(button.getDomAttribute("id"))));
        browser.settle();
    }
}
