package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.e2e.pages.DepartmentListsPage;
import org.safetyportal.portal.e2e.pages.ListItemPage;
import org.safetyportal.portal.e2e.pages.ListItemsPage;
import org.safetyportal.portal.e2e.pages.NotFoundPage;

/** A journalist finds items across the lists in force, cites one and its history, and takes the filtered set away. */
class ListItemsIT extends BrowserJourney {

    /**
     * The 责任清单 items in force of the demo data that cover coal mines: the duty of the city's vice-mayor for
     * energy in the city government's leadership list, and the energy bureaus of the city and four counties.
     */
    private static final List<String> COAL_DUTIES = List.of("JC-GOVERNMENT DZ-JC-004", "JC-ENERGY ZR-NY-001", "JC-ENERGY ZR-NY-003", "ZZ-ENERGY ZR-ZZNY-001",
            "GP-ENERGY ZR-GPNY-001", "YC-ENERGY ZR-YCNY-001", "QS-ENERGY ZR-QSNY-001");

    @Test
    void visitor_filtersItems_opensAPermalinkWithItsHistory_downloadsTheSet_andReopensTheCitedFilter() throws Exception {
        ListItemsPage page = ListItemsPage.open(browser, "/lists/items");
        page.choose("listType", browser.text("lists.type.RESPONSIBILITY"))
                .choose("sector", "煤矿")
                .waitForCount(browser.text("lists.items.count", COAL_DUTIES.size()));

        assertEquals(COAL_DUTIES, page.items());
        String cited = page.path();
        assertEquals("/lists/items?listType=RESPONSIBILITY&sector=COAL_MINE", cited);

        List<List<String>> csv = download(page.downloadAddress("csv"));
        assertEquals("清单类型 (listType)", csv.get(0).get(1), "headed in the reader's language, with the field name");
        List<String> header = csv.get(0).stream().map(heading -> heading.replaceAll("^.+ \\(([A-Za-z]+)\\)$", "$1")).toList();
        assertEquals(COAL_DUTIES.size() + 1, csv.size(), csv.toString());
        for (List<String> row : csv.subList(1, csv.size())) {
            assertEquals("RESPONSIBILITY", row.get(header.indexOf("listType")));
            assertTrue(row.get(header.indexOf("sectors")).contains("COAL_MINE"), row.toString());
            assertTrue(row.get(header.indexOf("contentHash")).matches("[0-9a-f]{64}"), row.toString());
            assertTrue(row.get(header.indexOf("versionId")).matches("\\d+"), row.toString());
        }
        assertEquals(COAL_DUTIES, csv.subList(1, csv.size()).stream()
                .map(row -> row.get(header.indexOf("department")) + " " + row.get(header.indexOf("code"))).toList());

        ListItemPage item = page.openItem("JC-ENERGY", "ZR-NY-001");
        assertEquals("/lists/JC-ENERGY/RESPONSIBILITY/items/ZR-NY-001", item.path());
        assertTrue(item.heading().contains("煤矿重大事故隐患判定标准"), "the wording in force");
        assertEquals(List.of("CHANGED", "ADDED"), item.historyChanges());
        assertTrue(item.newTitleInHistory().contains("判定标准"));

        ListItemPage asFirstPublished = item.openAsOfHistoryStep(1);
        assertTrue(asFirstPublished.path().matches("/lists/version/\\d+/items/ZR-NY-001"), asFirstPublished.path());
        assertTrue(asFirstPublished.showsSupersededNotice());
        assertTrue(!asFirstPublished.heading().contains("判定标准"), "the wording of the first version");

        ListItemsPage reopened = ListItemsPage.open(browser, cited);
        reopened.waitForCount(browser.text("lists.items.count", COAL_DUTIES.size()));
        assertEquals(COAL_DUTIES, reopened.items());
    }

    @Test
    void aBadFilterInTheAddress_isExplained_notAStackTrace() {
        ListItemsPage page = ListItemsPage.open(browser, "/lists/items?sector=NOPE")
                .waitForError(browser.text("lists.items.filter.sector.unknown", "NOPE"));
        assertEquals(browser.text("lists.items.count", 0), page.count());
    }

    @Test
    void eachItemOfAVersionPage_linksToItsPermalink() {
        DepartmentListsPage department = DepartmentListsPage.open(browser, "JC-EMERGENCY");
        String link = department.firstItemLink("RESPONSIBILITY");
        assertTrue(link.endsWith("/lists/JC-EMERGENCY/RESPONSIBILITY/items/ZR-YJ-001"), link);
        ListItemPage item = department.openFirstItem("RESPONSIBILITY");
        // Newest first; other journeys on the shared portal may have published a later version of this list.
        List<String> history = item.historyChanges();
        assertEquals("ADDED", history.get(history.size() - 1), history.toString());
        ListItemPage task = ListItemPage.open(browser, "/lists/JC-EMERGENCY/ANNUAL_TASKS/2026/items/RW-YJ-2026-01", "RW-YJ-2026-01");
        assertTrue(task.heading().startsWith(task.code()));
        assertEquals(browser.text("error.404.title"),
                NotFoundPage.open(browser, "/lists/JC-EMERGENCY/RESPONSIBILITY/items/NO-SUCH").heading());
    }

    @Test
    void openData_pagesTheFilteredItems_andAnswersOneItemWithItsHistory() throws Exception {
        HttpResponse<String> page = get("/api/v1/lists/items?listType=RESPONSIBILITY&sector=COAL_MINE&offset=1&limit=2");
        HttpResponse<String> item = get("/api/v1/lists/items/JC-ENERGY/RESPONSIBILITY/ZR-NY-001");
        HttpResponse<String> bad = get("/api/v1/lists/items?limit=501&lang=en");
        HttpResponse<String> badFilter = get("/api/v1/lists/items?from=2026-13-01&lang=en");
        HttpResponse<String> versions = get("/api/v1/lists/departments/JC-ENERGY?limit=1");
        HttpResponse<String> routing = get("/api/v1/routing?sector=COAL_MINE&area=LC");

        assertTrue(page.body().startsWith("{\"total\":" + COAL_DUTIES.size() + ",\"offset\":1,\"limit\":2,"), page.body());
        assertEquals(2, page.body().split("\"versionId\"").length - 1, page.body());
        assertEquals(200, item.statusCode());
        assertTrue(item.body().contains("\"permalink\":\"/lists/JC-ENERGY/RESPONSIBILITY/items/ZR-NY-001\""), item.body());
        assertTrue(item.body().contains("\"change\":\"CHANGED\",\"changedFields\":[{\"field\":\"title\""), item.body());
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"code\":\"api.page.invalid\""), bad.body());
        assertEquals(400, badFilter.statusCode());
        assertTrue(badFilter.body().contains("The value of the parameter from is not valid."), badFilter.body());
        assertTrue(versions.body().startsWith("{\"total\":3,\"offset\":0,\"limit\":1,\"versions\":[{"), versions.body());
        assertTrue(routing.body().contains("\"rule\":\"CITY_RESPONSIBILITY_LIST\""), routing.body());
        assertTrue(routing.body().contains("\"escalatedToCity\":true"), routing.body());
        assertTrue(routing.body().contains("\"itemCode\":\"ZR-NY-001\""), routing.body());
    }


    private List<List<String>> download(String address) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("listType=RESPONSIBILITY&sector=COAL_MINE", response.headers().firstValue("X-Export-Filter").orElse(""));
        assertTrue(response.body().startsWith("\uFEFF"), "byte order mark");
        return parseCsv(response.body().substring(1));
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
