package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

/**
 * A public register table as the reader sees it: where each visible header cell sits against the first
 * row's cell below it, how wide the table is against its area, and the card a tap on a row opens.
 */
public final class RegisterTable {

    /** Header and first-row cell of one visible column: left edges and widths, in CSS pixels. */
    public record Column(String header, long headerX, long cellX, long headerWidth, long cellWidth) {

        public boolean linedUp() {
            return Math.abs(headerX - cellX) <= 1 && Math.abs(headerWidth - cellWidth) <= 1;
        }
    }

    /** The table's own scrolling width against the width of the area it is drawn in. */
    public record Fit(long table, long area, List<Column> columns) {

        public boolean fits() {
            return table <= area;
        }
    }

    private static final String MEASURE = """
            const grid = arguments[0];
            const root = grid.shadowRoot;
            const heads = [...root.querySelectorAll('thead tr:first-child th')].filter(c => !c.hidden);
            const row = [...root.querySelectorAll('tbody tr')].find(r => !r.hidden && r.offsetHeight > 0);
            const cells = row ? [...row.querySelectorAll(':scope > td')].filter(c => !c.hidden) : [];
            return {table: root.querySelector('#table').scrollWidth, area: grid.clientWidth,
              columns: heads.map((h, i) => ({header: h.innerText.trim(), hx: h.getBoundingClientRect().x,
                cx: cells[i] ? cells[i].getBoundingClientRect().x : -1000, hw: h.getBoundingClientRect().width,
                cw: cells[i] ? cells[i].getBoundingClientRect().width : -1000}))};
            """;

    private final Browser browser;
    private final String gridId;

    private RegisterTable(Browser browser, String gridId) {
        this.browser = browser;
        this.gridId = gridId;
    }

    /** The table with this id, once its first row is drawn. */
    public static RegisterTable of(Browser browser, String gridId) {
        RegisterTable table = new RegisterTable(browser, gridId);
        browser.settle();
        wait(browser).until(d -> !table.fit().columns().isEmpty() && table.fit().columns().get(0).cellX() > -1000);
        return table;
    }

    @SuppressWarnings("unchecked")
    public Fit fit() {
        // Hiding columns that do not fit happens in the browser one frame after a resize.
        browser.script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        Map<String, Object> measured = (Map<String, Object>) browser.script(MEASURE, browser.byId(gridId));
        List<Column> columns = ((List<Map<String, Object>>) measured.get("columns")).stream()
                .map(c -> new Column((String) c.get("header"), px(c.get("hx")), px(c.get("cx")), px(c.get("hw")), px(c.get("cw"))))
                .toList();
        return new Fit(px(measured.get("table")), px(measured.get("area")), columns);
    }

    /** Taps the first row away from its links; answers the text of the card it opens. */
    public String tapFirstRow() {
        browser.script("""
                const grid = arguments[0];
                grid.scrollIntoView();
                const row = [...grid.shadowRoot.querySelectorAll('tbody tr')].find(r => !r.hidden && r.offsetHeight > 0);
                const cells = [...row.querySelectorAll(':scope > td')].filter(c => !c.hidden);
                cells[cells.length - 1].click();
                """, browser.byId(gridId));
        browser.settle();
        return wait(browser).until(d -> {
            List<WebElement> cards = browser.all(org.openqa.selenium.By.cssSelector("#" + gridId + " .register-card"));
            return cards.stream().filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isBlank())
                    .findFirst().orElse(null);
        });
    }

    /** Whether the sentence saying that a tap shows the rest is shown under the table. */
    public boolean saysTapForTheRest() {
        return browser.byId(gridId).findElement(org.openqa.selenium.By.xpath("following-sibling::*[1]")).isDisplayed();
    }

    private static WebDriverWait wait(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static long px(Object value) {
        return Math.round(((Number) value).doubleValue());
    }
}
