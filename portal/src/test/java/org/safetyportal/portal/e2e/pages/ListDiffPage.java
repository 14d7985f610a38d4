package org.safetyportal.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;

/** The comparison of two versions of a list: summary, changed items field by field, added and removed items. */
public final class ListDiffPage {

    private final Browser browser;

    public ListDiffPage(Browser browser) {
        this.browser = browser;
        browser.byId("diff-heading");
    }

    public static ListDiffPage open(Browser browser, String path) {
        browser.open(path);
        return new ListDiffPage(browser);
    }

    public String summary() {
        return browser.byId("diff-summary").getText();
    }

    /** The codes of the items in one section ({@code diff-changed}, {@code diff-added}, {@code diff-removed}), top to bottom. */
    public List<String> codesIn(String sectionId) {
        return browser.all(By.cssSelector("#" + sectionId + " .diff-item")).stream()
                .map(item -> item.getDomAttribute("data-code"))
                .toList();
    }

    /** The old and the new text of one field of a changed item. */
    public List<String> change(String code, String field) {
        return browser.all(By.cssSelector("#diff-changed .diff-item[data-code='" + code + "'] tr[data-field='" + field + "'] td"))
                .stream().map(WebElement::getText).map(String::strip).toList();
    }

    public String item(String sectionId, String code) {
        return browser.find(By.cssSelector("#" + sectionId + " .diff-item[data-code='" + code + "']")).getText();
    }

    public String path() {
        return browser.path();
    }

    /** Whether the page has that section at all ({@code diff-removed} is left out when nothing was removed). */
    public boolean hasSection(String sectionId) {
        return !browser.all(By.id(sectionId)).isEmpty();
    }

    /** The heading of the newer version: which version and from when. */
    public String to() {
        return browser.byId("diff-to").getText();
    }

    /** The names of the fields that changed, as the rows of the changed items name them. */
    public List<String> changedFieldNames() {
        return browser.all(By.cssSelector("#diff-changed tbody th")).stream().map(cell -> cell.getText().strip()).toList();
    }

    public ScreenWidth width() {
        return ScreenWidth.of(browser);
    }

    public String error() {
        return browser.byId("diff-error").getText();
    }
}
