package org.safetyportal.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;
import org.safetyportal.portal.e2e.WebTextArea;

/** A signed-in publisher's or reviewer's work on the lists of their department, at /admin/lists. */
public final class ListWorkPage {

    private final Browser browser;

    private ListWorkPage(Browser browser) {
        this.browser = browser;
    }

    /** Follows the staff tool link, as a signed-in member of staff does. */
    public static ListWorkPage fromTools(Browser browser) {
        browser.click("tool-lists");
        return new ListWorkPage(browser);
    }

    public static ListWorkPage open(Browser browser) {
        browser.open("/admin/lists");
        return new ListWorkPage(browser);
    }

    /** Starts a draft of the department's list of this type from the version in force, and waits for its editor. */
    public ListWorkPage startDraft(String listTypeKey) {
        browser.click("start-type");
        browser.pickOverlayItem("vaadin-select-item", browser.text(listTypeKey));
        browser.click("start-draft");
        browser.waitForText(By.id("editor-status"), browser.text("lists.status.DRAFT"));
        return this;
    }

    public ListWorkPage changeTitle(String itemCode, String title) {
        browser.click("edit-" + itemCode);
        WebTextArea.replace(browser, "item-title", title);
        browser.click("item-save");
        browser.waitForText(By.id("editor-items"), title);
        return this;
    }

    public ListWorkPage submit() {
        browser.click("submit-version");
        browser.waitForText(By.id("editor-status"), browser.text("lists.status.SUBMITTED"));
        return this;
    }

    /** As a reviewer: opens the department's submitted version and publishes it. */
    public void publishSubmitted(String departmentName, String effectiveDate, String changeReasonKey) {
        fillReview(departmentName, effectiveDate, changeReasonKey);
        browser.click("publish-version");
        browser.byId("publish-confirmation");
    }

    /** As a reviewer: opens the department's submitted version, where the review starts with what would change. */
    public ListWorkPage openSubmitted(String departmentName) {
        browser.click(browser.find(By.linkText(departmentName)));
        browser.byId("review-changes");
        return this;
    }

    /** The old and the new value of one field of one changed item, as the review shows them. */
    public List<String> reviewedChange(String itemCode, String fieldLabel) {
        WebElement item = browser.find(By.cssSelector("#review-changes #diff-changed .diff-item[data-code='" + itemCode + "']"));
        return item.findElements(By.cssSelector("tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(cell -> cell.getText().strip()).toList())
                .filter(cells -> !cells.isEmpty() && cells.get(0).equals(fieldLabel))
                .findFirst().map(cells -> cells.subList(1, cells.size())).orElse(List.of());
    }

    /** As a reviewer: opens the department's submitted version and fills in the review, ready to publish. */
    public void fillReview(String departmentName, String effectiveDate, String changeReasonKey) {
        browser.click(browser.find(By.linkText(departmentName)));
        browser.script("const picker = document.getElementById('review-effective');"
                + "picker.value = '" + effectiveDate + "';"
                + "picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));");
        browser.click("review-reason");
        browser.pickOverlayItem("vaadin-select-item", browser.text(changeReasonKey));
    }
}
