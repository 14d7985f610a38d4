package org.safetyportal.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;

/** The filter bar and grid every public register shares: a select per filter, a count, one grid. */
final class RegisterFilters {

    private RegisterFilters() {
    }

    /** Opens the filter's select (e.g. {@code filter-county}) and picks the option shown as {@code label}. */
    static void choose(Browser browser, String filterId, String label) {
        browser.click(filterId);
        browser.pickOverlayItem("vaadin-select-item", label);
    }

    /**
     * The distinct non-blank texts of one column across the rows the grid has rendered. A Vaadin grid
     * keeps recycled rows hidden with empty cells, hence blank texts are left out.
     */
    static List<String> distinctColumn(Browser browser, String gridId, String cellClass) {
        browser.settle();
        return browser.all(By.cssSelector("#" + gridId + " ." + cellClass)).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).distinct().toList();
    }
}
