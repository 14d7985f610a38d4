package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.e2e.pages.EnterprisePage;
import org.safetyportal.portal.e2e.pages.InspectionRecordPage;
import org.safetyportal.portal.e2e.pages.InspectionsPage;
import org.safetyportal.portal.e2e.pages.NotFoundPage;
import org.safetyportal.portal.e2e.pages.ScreenWidth;

/** Citizens look up inspection results by county and read every result of one enterprise; the same as open data. */
class InspectionsIT extends BrowserJourney {

    /** The fictional 泽州县示例煤业有限公司 of the demo data, inspected three times. */
    private static final String ZEZHOU_COAL = "91140525MA0DEM001P";
    private static final String ZEZHOU_CHEMICALS = "91140525MA0DEM002T";
    private static final int ZEZHOU_RECORDS = 8;

    @Test
    void visitor_filtersByCounty_seesOnlyThatCounty_andOpensAnEnterprisesPage() {
        InspectionsPage results = InspectionsPage.open(browser).filterCounty("泽州县")
                .waitForCount(browser.text("inspections.count", ZEZHOU_RECORDS));
        assertEquals(List.of("泽州县"), results.countiesShown());

        String href = results.enterpriseLink("JCYJ-2026-044");
        assertTrue(href.endsWith("/enterprises/" + ZEZHOU_COAL), href);
        EnterprisePage enterprise = results.openEnterpriseOf("JCYJ-2026-044");

        assertEquals("泽州县示例煤业有限公司", enterprise.heading());
        assertEquals(browser.text("inspections.enterprise.count", 3), enterprise.inspectionCount());
        for (String record : new String[] {"JCYJ-2026-044", "JCNY-2026-015", "JCNY-2026-002"}) {
            assertTrue(enterprise.showsInspectionResult(record), record);
        }
        enterprise.waitForResultText("JCYJ-2026-044", browser.text("inspections.late"));
        // Decided in April, published by the portal when the demo data was loaded: late, whatever the
        // department says about 27 April; its word is shown as its claim, never as the publication date.
        enterprise.waitForResultText("JCNY-2026-015", browser.text("inspections.late"));
        InspectionRecordPage record = InspectionRecordPage.open(browser, "JCNY-2026-015").waitForPublishedElsewhere("2026-04-27");
        assertFalse(record.publicationDate().contains("2026-04-27"));
    }

    @Test
    void visitor_onANarrowPhone_filtersWithoutSidewaysScrolling() {
        browser.resize(360, 740);
        InspectionsPage results = InspectionsPage.open(browser);

        assertTrue(results.showsCountyFilter());
        ScreenWidth width = results.width();
        assertTrue(width.fits(), width.toString());
        ScreenWidth enterprise = EnterprisePage.open(browser, ZEZHOU_COAL).width();
        assertTrue(enterprise.fits(), "enterprise " + enterprise);
    }

    @Test
    void visitor_followingAnUnknownOrInvalidCreditCode_getsNotFound() {
        assertEquals(browser.text("error.404.title"), NotFoundPage.open(browser, "/enterprises/91140525MA0DEM999W").heading());
        assertEquals(browser.text("error.404.title"), NotFoundPage.open(browser, "/enterprises/91140525MA0DEM001Q").heading());
    }

    @Test
    void openData_filtersByCountySectorAndDates() throws Exception {
        HttpResponse<String> zezhou = get("/api/v1/inspections?area=ZZ");
        HttpResponse<String> zezhouCoal = get("/api/v1/inspections?area=ZZ&sector=COAL_MINE");
        HttpResponse<String> june = get("/api/v1/inspections?from=2026-06-01&to=2026-06-30");
        HttpResponse<String> paged = get("/api/v1/inspections?offset=1&limit=2");

        assertEquals(200, zezhou.statusCode());
        assertTrue(zezhou.body().startsWith("{\"total\":" + ZEZHOU_RECORDS + ","), zezhou.body());
        assertFalse(zezhou.body().contains("\"area\":\"GP\""), zezhou.body());
        assertTrue(zezhouCoal.body().startsWith("{\"total\":3,"), zezhouCoal.body());
        assertTrue(june.body().contains("\"recordCode\":\"GPYJ-2026-019\""), june.body());
        assertFalse(june.body().contains("\"recordCode\":\"JCNY-2026-015\""), june.body());
        assertTrue(paged.body().contains("\"offset\":1,\"limit\":2,"), paged.body());
        assertEquals(2, paged.body().split("\"recordCode\"").length - 1, paged.body());
    }

    @Test
    void openData_filtersByStatusAndKind_exportsTheFilteredSet_andGivesOneRecordWithItsHistory() throws Exception {
        HttpResponse<String> overdue = get("/api/v1/inspections?status=OVERDUE");
        HttpResponse<String> badStatus = get("/api/v1/inspections?status=LATE&lang=en");
        HttpResponse<String> json = get("/api/v1/inspections/export.json?area=ZZ");
        HttpResponse<String> xlsx = get("/api/v1/inspections/export.xlsx?kind=SPECIAL&department=ZZ-URBAN_MANAGEMENT");
        HttpResponse<String> record = get("/api/v1/inspections/ZZCG-2026-016");
        HttpResponse<String> unknown = get("/api/v1/inspections/NO-SUCH-RECORD");

        assertEquals(200, overdue.statusCode());
        assertTrue(overdue.body().contains("\"recordCode\":\"ZZCG-2026-016\""), "deadline passed, not rectified: " + overdue.body());
        assertFalse(overdue.body().contains("\"rectificationStatus\":\"RECTIFIED\""), overdue.body());
        assertEquals(400, badStatus.statusCode());
        assertTrue(badStatus.body().contains("The value of the parameter status is not valid."), badStatus.body());
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"filter\":\"area=ZZ\""), json.body());
        assertTrue(json.body().endsWith("\"total\":" + ZEZHOU_RECORDS + "}"), json.body());
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("")
                .contains("inspections_department-ZZ-URBAN_MANAGEMENT_kind-SPECIAL_"), xlsx.headers().toString());
        assertEquals(200, record.statusCode());
        assertTrue(record.body().contains("\"original\":{"), record.body());
        assertTrue(record.body().contains("\"rectificationStatus\":\"OVERDUE\""), record.body());
        assertTrue(record.body().contains("\"rectificationStatus\":\"PENDING\""), "as first published: " + record.body());
        assertEquals(404, unknown.statusCode());
    }

    @Test
    void openData_refusesBadInputInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> tooMany = get("/api/v1/inspections?limit=501&lang=en");
        HttpResponse<String> negative = get("/api/v1/inspections?offset=-1");
        HttpResponse<String> notNumber = get("/api/v1/inspections?limit=abc");
        HttpResponse<String> badDate = get("/api/v1/inspections?from=2026-13-01&lang=en");
        HttpResponse<String> badArea = get("/api/v1/inspections?area=NOPE&lang=en");

        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("\"code\":\"api.page.invalid\""), tooMany.body());
        assertTrue(tooMany.body().contains("between 1 and 500"), tooMany.body());
        assertEquals(400, negative.statusCode());
        assertTrue(negative.body().contains("分页参数不正确"), negative.body());
        assertEquals(400, notNumber.statusCode());
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("The value of the parameter from is not valid."), badDate.body());
        assertEquals(400, badArea.statusCode());
        assertTrue(badArea.body().contains("The value of the parameter area is not valid."), badArea.body());
        assertTrue(!badArea.body().contains("NOPE"), "an error names the parameter, never repeats its value: " + badArea.body());
    }

    @Test
    void openData_givesAnEnterprisesRecords_and404ForAnUnknownCode() throws Exception {
        HttpResponse<String> enterprise = get("/api/v1/enterprises/" + ZEZHOU_COAL);
        HttpResponse<String> unknown = get("/api/v1/enterprises/91140525MA0DEM999W?lang=en");
        HttpResponse<String> invalid = get("/api/v1/enterprises/NOT-A-CODE");
        HttpResponse<String> verify = get("/api/v1/ledger/verify");

        assertEquals(200, enterprise.statusCode());
        assertTrue(enterprise.body().contains("\"enterpriseName\":\"泽州县示例煤业有限公司\""), enterprise.body());
        assertEquals(3, enterprise.body().split("\"recordCode\"").length - 1, enterprise.body());
        HttpResponse<String> listed = get("/api/v1/enterprises/" + ZEZHOU_CHEMICALS);
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().matches("(?s).*\"blacklist\":\\[\\{.*\"hazards\":\\[\\{.*\"records\":\\[\\{.*"),
                "an enterprise's blacklist entries, listed hazards and inspection results together: " + listed.body());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Nothing is published at this address."), unknown.body());
        assertEquals(404, invalid.statusCode());
        assertTrue(verify.body().startsWith("{\"intact\":true"), verify.body());
        assertTrue(verify.body().contains("\"entriesChecked\":"), verify.body());
    }
}
