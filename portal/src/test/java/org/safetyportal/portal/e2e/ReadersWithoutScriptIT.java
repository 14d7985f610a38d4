package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;

/**
 * The first response of a public page is the page itself, for a reader without JavaScript, a crawler
 * or a journalist's script (issue 8): title, description, canonical address, language, and the main
 * content as plain HTML with its tables and permalinks, which lead on to pages of the same kind.
 */
class ReadersWithoutScriptIT {

    private final PortalProcess portal = PortalProcess.shared();
    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/lists", "/lists/department/JC-ENERGY", "/lists/items", "/inspections", "/hazards",
        "/rectification", "/accountability", "/rectification/WTZG-JCNY-2026-001", "/accountability/ZZWZ-GPNY-2026-001",
        "/blacklist", "/oversight", "/ledger", "/lists/dictionary", "/education", "/report", "/track", "/cases",
        "/cases/statistics"})
    void everyPublicPage_carriesItsTitleDescriptionAddressLanguageAndContent(String path) throws Exception {
        Document page = read(path);

        assertFalse(page.title().isBlank(), "title of " + path);
        assertFalse(page.select("meta[name=description]").attr("content").isBlank(), "description of " + path);
        assertEquals(portal.url(path), page.select("link[rel=canonical]").attr("href"), path);
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"), path);
        Element main = page.selectFirst("#page-for-readers main");
        assertNotNull(main, "main content of " + path);
        assertFalse(main.select("h1").text().isBlank(), "heading of " + path);
        assertFalse(page.select("#page-for-readers nav a[href=/lists]").isEmpty(), "the site's navigation as links: " + path);
    }

    @Test
    void aDepartmentsLists_readAsTables_whosePermalinksLeadToTheItem() throws Exception {
        Document page = read("/lists/department/JC-ENERGY");

        Element main = page.selectFirst("#page-for-readers main");
        assertEquals("晋城市能源局", main.selectFirst("h1").text());
        assertTrue(page.title().contains("晋城市能源局"), page.title());
        assertFalse(main.select("table th").isEmpty(), "column headings");
        Element permalink = main.selectFirst("a[href=/lists/JC-ENERGY/RESPONSIBILITY/items/ZR-NY-001]");
        assertNotNull(permalink, "the item's permalink");

        Document item = read(permalink.attr("href"));
        assertTrue(item.selectFirst("#page-for-readers main").text().contains("ZR-NY-001"), "the item page's content");
    }

    @Test
    void theInspectionRegister_readsAsATableOfRecords_eachLinkedToItsPage() throws Exception {
        Document page = read("/inspections");

        Element table = page.selectFirst("#page-for-readers main table");
        assertNotNull(table, "the register as a table");
        List<String> headings = table.select("th").eachText();
        assertTrue(headings.contains(Messages.get(SupportedLocales.CHINESE, "inspections.column.enterprise")), headings.toString());
        Element record = table.selectFirst("tbody a[href^=inspections/]");
        assertNotNull(record, "a link to a record");
        assertTrue(table.text().contains("示例"), "fictional enterprises, by name");

        Document recordPage = read("/" + record.attr("href"));
        assertNotNull(recordPage.selectFirst("#page-for-readers main h1"), "the record's page");
    }

    @Test
    void inEnglish_thePageSaysSoAndReadsInEnglish() throws Exception {
        Document page = read("/inspections?lang=en");

        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertTrue(page.title().startsWith(Messages.get(SupportedLocales.ENGLISH, "section.inspections.title")), page.title());
    }

    @Test
    void aSearchText_isWrittenAsText_neverAsMarkup() throws Exception {
        String hostile = "</title><script>alert('x')</script><img src=x onerror=alert(1)>";
        HttpResponse<String> response = get("/search?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));

        assertFalse(response.body().contains("<script>alert("), "no script from the address");
        Document page = Jsoup.parse(response.body());
        assertTrue(page.select("script").stream().noneMatch(script -> script.data().strip().startsWith("alert(")),
                "no script element from the address");
        assertTrue(page.select("[onerror]").isEmpty(), "no attribute from the address");
        assertTrue(page.select("#page-for-readers img").isEmpty(), "no element from the address");
        assertTrue(page.select("#page-for-readers main").text().contains("onerror=alert(1)"), "the text shown as text");
    }

    @Test
    void anUnknownAddress_answers404_withTheFriendlyPageAsText() throws Exception {
        HttpResponse<String> response = get("/lists/department/NOPE");

        assertEquals(404, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertFalse(page.select("#page-for-readers main").text().isBlank(), "the friendly 404 page as text");
    }

    @Test
    void aStaffAddress_readsAsTheSignInPage_withoutFormFieldsThatCannotWorkThere() throws Exception {
        Document page = read("/admin/users");

        assertEquals(Messages.get(SupportedLocales.CHINESE, "login.title"), page.selectFirst("#page-for-readers main h1").text());
        assertTrue(page.select("#page-for-readers input, #page-for-readers button, #page-for-readers table").isEmpty(),
                "no dead form fields, no staff data");
    }

    private Document read(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body(), portal.url(path));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).header("Accept-Language", "zh-CN").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
