package org.safetyportal.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;

/** The item filters over the lists in force: filters, count, the found items and the downloads. */
public final class ListItemsPage {

    private final Browser browser;

    public ListItemsPage(Browser browser) {
        this.browser = browser;
        browser.byId("items-grid");
    }

    public static ListItemsPage open(Browser browser, String path) {
        browser.open(path);
        return new ListItemsPage(browser);
    }

    /** Picks a value of one filter ({@code listType}, {@code sector}, ...) by its visible label. */
    public ListItemsPage choose(String filter, String label) {
        browser.click("filter-" + filter);
        browser.pickOverlayItem("vaadin-select-item", label);
        return this;
    }

    public void waitForCount(String text) {
        browser.waitForText(By.id("items-count"), text);
    }

    public String count() {
        return browser.byId("items-count").getText();
    }

    /** The department and code of each item shown, top to bottom (the grid keeps emptied cells of earlier rows: skipped). */
    public List<String> items() {
        return browser.all(By.cssSelector("#items-grid .item-link")).stream()
                .filter(link -> !link.getText().isBlank())
                .map(link -> link.getDomAttribute("data-department") + " " + link.getText().strip())
                .toList();
    }

    public String downloadAddress(String format) {
        return browser.byId("items-export-" + format).getAttribute("href");
    }

    /** Follows the permalink of an item the grid shows; the grid keeps hidden copies of rows, so only a shown link. */
    public ListItemPage openItem(String department, String code) {
        WebElement link = browser.all(By.cssSelector("#items-grid .item-link")).stream()
                .filter(e -> department.equals(e.getDomAttribute("data-department")) && code.equals(e.getText().strip())
                        && e.isDisplayed())
                .findFirst().orElseThrow(() -> new AssertionError(department + " " + code + " not shown"));
        browser.click(link);
        browser.byId("item-heading");
        return ListItemPage.arrived(browser, code);
    }

    /** The address with the filter in it, to cite. */
    public String path() {
        return browser.path();
    }

    public ListItemsPage waitForError(String text) {
        browser.waitForText(By.id("items-error"), text);
        return this;
    }
}
