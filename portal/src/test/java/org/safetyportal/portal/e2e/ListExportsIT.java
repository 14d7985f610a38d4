package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safetyportal.i18n.SupportedLocales;

/** Journalists and citizens take a published list away: as a file, on paper, with its fields explained. */
class ListExportsIT extends BrowserJourney {

    private static final List<String> RESPONSIBILITY_CODES = List.of("ZR-YJ-001", "ZR-YJ-002", "ZR-YJ-003");

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void journalist_downloadsTheCsvOfAVersion_whoseHashIsTheOneOnThePage() throws Exception {
        String versionPath = openEmergencyResponsibilities();
        String id = versionPath.substring(versionPath.lastIndexOf('/') + 1);
        String hash = browser.byId("content-hash").getText();

        for (String format : List.of("csv", "xlsx", "json")) {
            WebElement link = browser.byId("export-" + format + "-RESPONSIBILITY");
            assertEquals(portal.url("/api/v1/lists/versions/" + id + "/export." + format), link.getAttribute("href"));
            assertTrue(link.getDomAttribute("download") != null, format + " is offered as a download");
            assertTrue(link.getDomAttribute("router-ignore") != null, format + " is fetched by the browser, not the router");
        }
        String csvAddress = browser.byId("export-csv-RESPONSIBILITY").getAttribute("href");
        HttpResponse<String> csv = client.send(HttpRequest.newBuilder(URI.create(csvAddress)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, csv.statusCode());
        assertEquals(hash, csv.headers().firstValue("X-Content-SHA256").orElse(""));
        assertEquals("list-version:" + id, csv.headers().firstValue("X-Ledger-Subject").orElse(""));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(
                "filename=\"JC-EMERGENCY_RESPONSIBILITY_v1_list-version-" + id + "_content-sha256-" + hash + ".csv\""), csv.headers().toString());
        for (String code : RESPONSIBILITY_CODES) {
            assertTrue(csv.body().contains("\r\n" + code + ","), code + " in\n" + csv.body());
        }
    }

    @Test
    void visitor_findsTheDownloadsOnTheDepartmentPageToo() {
        browser.open("/lists/department/JC-EMERGENCY");

        for (String type : List.of("POWER", "RESPONSIBILITY", "ANNUAL_TASKS")) {
            String href = browser.find(By.cssSelector("#list-" + type + " .export-xlsx")).getAttribute("href");
            assertTrue(href.matches(".*/api/v1/lists/versions/\\d+/export\\.xlsx"), href);
        }
        browser.click("data-dictionary-link-ANNUAL_TASKS");
        assertEquals("/lists/dictionary", browser.path());
    }

    @Test
    void citizen_opensTheDataDictionaryFromTheListsPage_andReadsWhatAFieldMeans() {
        browser.open("/lists");
        browser.click("data-dictionary-link");

        assertEquals("/lists/dictionary", browser.path());
        assertEquals(browser.text("exports.dictionary.title"), browser.byId("dictionary-heading").getText());
        browser.waitForText(By.id("field-sectors"), browser.text("exports.field.sectors"));
        browser.waitForText(By.id("field-deadline"), browser.text("exports.format.DATE"));
        browser.waitForText(By.id("version-field-contentHash"), browser.text("exports.format.SHA256"));
        browser.waitForText(By.id("codes-sectors"), "HAZARDOUS_CHEMICALS");
        browser.waitForText(By.id("codes-sectors"), "危险化学品");
        browser.waitForText(By.id("codes-powerType"), browser.text("lists.powerType.LICENSING"));

        browser.open("/lists/dictionary?lang=en");
        browser.expectLanguage(SupportedLocales.ENGLISH);
        assertEquals(browser.text("exports.dictionary.title"), browser.byId("dictionary-heading").getText());
        browser.waitForText(By.id("field-sectors"), browser.text("exports.field.sectors"));
    }

    @Test
    void citizen_printsAVersion_asPlainTables_withoutThePortalsFrame() {
        openEmergencyResponsibilities();
        String hash = browser.byId("content-hash").getText();
        browser.click("printable-view-RESPONSIBILITY");

        assertTrue(browser.path().matches("/lists/version/\\d+/print"), browser.path());
        List<WebElement> rows = browser.all(By.cssSelector("#print-items tbody tr"));
        assertEquals(RESPONSIBILITY_CODES, rows.stream().map(row -> row.findElement(By.tagName("td")).getText()).toList());
        browser.waitForText(By.cssSelector("#print-items thead"), browser.text("lists.field.sectors"));
        browser.waitForText(By.id("print-items"), "危险化学品");
        assertEquals(hash, browser.byId("print-content-hash").getText());

        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals("none", browser.script("return getComputedStyle(document.querySelector('vaadin-app-layout')"
                + ".shadowRoot.querySelector('[part=navbar]')).display"));
        assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.print-actions')).display"));
        assertTrue(browser.byId("print-items").isDisplayed());
    }

    /** The journey from the department's page to the permalink of its responsibility list; answers its path. */
    private String openEmergencyResponsibilities() {
        browser.open("/lists/department/JC-EMERGENCY");
        browser.click(browser.find(By.cssSelector("#list-RESPONSIBILITY .list-history a")));
        assertTrue(browser.path().matches("/lists/version/\\d+"), browser.path());
        return browser.path();
    }
}
