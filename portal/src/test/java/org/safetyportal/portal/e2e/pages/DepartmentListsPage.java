package org.safetyportal.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;

/** /lists/department/{code}: a department's lists in force, their history and what concerns it. */
public final class DepartmentListsPage {

    private final Browser browser;

    private DepartmentListsPage(Browser browser) {
        this.browser = browser;
        browser.byId("department-heading");
    }

    public static DepartmentListsPage open(Browser browser, String departmentCode) {
        browser.open("/lists/department/" + departmentCode);
        return new DepartmentListsPage(browser);
    }

    static DepartmentListsPage arrived(Browser browser) {
        return new DepartmentListsPage(browser);
    }

    public String heading() {
        return browser.byId("department-heading").getText();
    }

    /** Waits until the list of that type (RESPONSIBILITY, POWER, ANNUAL_TASKS) shows the text. */
    public DepartmentListsPage waitForListText(String listType, String text) {
        browser.waitForText(By.id("list-" + listType), text);
        return this;
    }

    /** Follows the first link of the list's version history. */
    public ListVersionPage openFirstVersionInHistory(String listType) {
        browser.click(browser.find(By.cssSelector("#list-" + listType + " .list-history a")));
        return ListVersionPage.arrived(browser);
    }

    /** Follows the list history's link that compares the version in force with the one before it. */
    public ListDiffPage compareWithPrevious(String listType) {
        browser.click(comparisonLink(listType));
        return new ListDiffPage(browser);
    }

    /** The address of that comparison, within the portal. */
    public String comparisonPath(String listType) {
        return withinPortal(comparisonLink(listType).getDomProperty("href"));
    }

    /** The addresses of the list's versions within the portal, the version in force first. */
    public List<String> versionPaths(String listType) {
        return browser.all(By.cssSelector("#list-" + listType + " .list-history li > a:not(.compare-link)")).stream()
                .map(link -> withinPortal(link.getDomProperty("href"))).toList();
    }

    private WebElement comparisonLink(String listType) {
        return browser.find(By.cssSelector("#list-" + listType + " .list-history .compare-link"));
    }

    private String withinPortal(String href) {
        return href.substring(href.indexOf('/', href.indexOf("//") + 2));
    }

    /** Where the first item of the list links to. */
    public String firstItemLink(String listType) {
        return browser.find(By.cssSelector("#list-" + listType + " .item-link")).getAttribute("href");
    }

    public ListItemPage openFirstItem(String listType) {
        WebElement link = browser.find(By.cssSelector("#list-" + listType + " .item-link"));
        String code = link.getText().strip();
        browser.click(link);
        return ListItemPage.arrived(browser, code);
    }

    /** Scrolls to the last item of the list and follows its link; returns the item's code and its page. */
    public ListItemPage openLastItem(String listType) {
        List<WebElement> links = browser.all(By.cssSelector("#list-" + listType + " .item-link"));
        WebElement last = links.get(links.size() - 1);
        String code = last.getText().strip();
        browser.click(last);
        return ListItemPage.arrived(browser, code);
    }

    public boolean showsOversightResult(String resultCode) {
        return browser.byId("result-link-" + resultCode).isDisplayed();
    }

    /** Whether the copy for readers without JavaScript has given way to the live page. */
    public boolean showsThePlainCopy() {
        return !browser.all(By.id("page-for-readers")).isEmpty();
    }

    public int headings() {
        return browser.all(By.tagName("h1")).size();
    }
}
