package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.seed.DemoStaff;

/**
 * The public sees who published something as a department and a role, never as a staff member's user
 * name: not on any page the site map lists (read as a reader without JavaScript reads it) and not in the
 * open-data answers of the registers.
 */
class StaffNamesIT {

    private static final List<String> STAFF = List.of(DemoStaff.PUBLISHER, DemoStaff.REVIEWER,
            org.safetyportal.content.education.sessions.DemoEducation.EDUCATOR);
    private static final List<String> OPEN_DATA = List.of("/api/v1/inspections", "/api/v1/hazards", "/api/v1/blacklist",
            "/api/v1/blacklist?status=ALL", "/api/v1/oversight", "/api/v1/lists", "/api/v1/lists/items", "/api/v1/ledger",
            "/api/v1/cases", "/api/v1/cases/statistics");

    private final PortalProcess portal = PortalProcess.shared();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void noPublicPage_namesAStaffMember() throws Exception {
        HttpResponse<String> sitemap = get("/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        Matcher loc = Pattern.compile("<loc>https?://[^/<]+([^<]*)</loc>").matcher(sitemap.body());
        List<String> pages = new ArrayList<>();
        while (loc.find()) {
            pages.add(loc.group(1).isEmpty() ? "/" : loc.group(1));
        }
        assertTrue(pages.stream().anyMatch(p -> p.startsWith("/lists/version/")), "the site map lists the list versions: " + pages);
        assertTrue(pages.stream().anyMatch(p -> p.startsWith("/inspections/")), "and the inspection records: " + pages);
        for (String page : pages) {
            assertNamesNoStaff(page, get(page));
        }
    }

    @Test
    void noOpenDataAnswer_namesAStaffMember() throws Exception {
        for (String answer : OPEN_DATA) {
            HttpResponse<String> response = get(answer);
            assertEquals(200, response.statusCode(), answer);
            assertNamesNoStaff(answer, response);
        }
        String inspections = get("/api/v1/inspections").body();
        assertTrue(inspections.contains("\"publishedByRole\":\"PUBLISHER\""), inspections);
    }

    @Test
    void noPublishedVersionsContent_namesAStaffMember_yetEachShowsFourEyes() throws Exception {
        String current = get("/api/v1/lists").body();
        Matcher id = Pattern.compile("\\{\"id\":(\\d+),").matcher(current);
        List<String> versions = new ArrayList<>();
        while (id.find()) {
            versions.add(id.group(1));
        }
        assertTrue(versions.size() >= 5, "versions in force: " + current);
        Pattern maker = Pattern.compile("\"(draftedBy|publishedBy)\":\"([^\"]*)\"");
        for (String version : versions) {
            String address = "/api/v1/lists/versions/" + version + "/content.json";
            HttpResponse<String> content = get(address);
            assertNamesNoStaff(address, content);
            Matcher makers = maker.matcher(content.body());
            List<String> labels = new ArrayList<>();
            while (makers.find()) {
                labels.add(makers.group(2));
            }
            assertEquals(2, labels.size(), address);
            assertTrue(labels.stream().allMatch(label -> label.matches("staff-\\d+|system")), address + ": " + labels);
            assertTrue(!labels.get(0).equals(labels.get(1)) || labels.get(0).equals("system"),
                    address + ": drafted and published by two people, or loaded by the portal itself: " + labels);
            assertTrue(content.body().matches("(?s).*\"makersSeal\":\"[0-9a-f]{64}\".*"), address);
        }
    }

    private static void assertNamesNoStaff(String address, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), address);
        for (String username : STAFF) {
            assertTrue(!response.body().contains(username), address + " names " + username);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).header("Accept-Language", "zh-CN").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
