package org.safetyportal.portal.e2e.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;

/** /search: one box over everything published, narrowed by kind, the query in the address. */
public final class SearchPage {

    private final Browser browser;

    private SearchPage(Browser browser) {
        this.browser = browser;
    }

    public static SearchPage open(Browser browser) {
        browser.open("/search");
        return new SearchPage(browser);
    }

    /** Opens the address a shared search link has, the query in it. */
    public static SearchPage openFor(Browser browser, String query) {
        browser.open("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        return new SearchPage(browser);
    }

    public SearchPage search(String query) {
        browser.type("search-query", query);
        browser.click("search-submit");
        browser.waitForText(By.id("search-summary"), query);
        return this;
    }

    public String path() {
        return browser.path();
    }

    public int marks() {
        return browser.all(By.cssSelector("#search-results mark")).size();
    }

    /** Narrows to one kind (LIST_ITEM, INSPECTION …) shown as {@code label}, and waits until it is the current one. */
    public SearchPage narrowTo(String kind, String label) {
        browser.waitForText(By.id("search-kind-" + kind), label);
        browser.click("search-kind-" + kind);
        browser.waitForText(By.cssSelector("#search-kind-" + kind + ".current"), label);
        return this;
    }

    public List<String> hits() {
        return browser.all(By.cssSelector("#search-results .search-hit")).stream().map(WebElement::getText).toList();
    }

    public String firstHitLink() {
        return browser.find(By.cssSelector("#search-results .search-hit a")).getAttribute("href");
    }

    public void followFirstHit() {
        browser.click(browser.find(By.cssSelector("#search-results .search-hit a")));
    }

    public String error() {
        return browser.byId("search-error").getText();
    }
}
