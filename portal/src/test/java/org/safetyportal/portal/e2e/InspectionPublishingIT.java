package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.inspection.CreditCode;
import org.safetyportal.portal.e2e.pages.InspectionWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * A publisher publishes an inspection result through the staff form (a mistyped credit code is
 * refused in words), then corrects it; a visitor sees the correction on the record's permalink, in
 * the feed and in the CSV of the filtered register.
 */
class InspectionPublishingIT extends BrowserJourney {

    private static final String BUREAU = "晋城市应急管理局";
    private static final String RECORD = "E2E-INS-001";
    private static final String ENTERPRISE = "陵川县示例化工有限公司";
    private static final String FIRST17 = "91140524MA0DEM0E2";
    private static final String CREDIT_CODE = FIRST17 + CreditCode.checkCharacter(FIRST17);
    private static final String MISTYPED = FIRST17 + (CreditCode.checkCharacter(FIRST17) == '0' ? '1' : '0');
    private static final String REASON = "罚款金额录入有误";
    private static final String RECORD_LINK = "a[href=inspections/" + RECORD + "]";

    @Test
    void publisherPublishesAndCorrects_visitorSeesTheCorrectionOnThePermalink_inTheFeed_andInTheCsv() throws Exception {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser("pub.inspect", "王示例", PUBLISHER_PASSWORD, "PUBLISHER", BUREAU);
        users.waitForUser("pub.inspect");
        signOut();

        // Read once before: the copy for readers of this filtered register is now kept for the ledger's head.
        assertNull(readerCopy().selectFirst(RECORD_LINK), "not published yet");

        LoginPage.open(browser).signInSuccessfully("pub.inspect", PUBLISHER_PASSWORD);
        InspectionWorkPage work = InspectionWorkPage.fromAdminHome(browser);
        work.type("ins-record-code", RECORD);
        work.pick("ins-kind", browser.text("inspections.kind.ENFORCEMENT"));
        work.type("ins-enterprise", ENTERPRISE);
        work.type("ins-credit-code", MISTYPED);
        work.pick("ins-county", "陵川县");
        work.pick("ins-sector", "危险化学品");
        work.date("ins-inspection-date", "2026-11-02");
        work.date("ins-decision-date", "2026-11-05");
        work.date("ins-published-elsewhere", "2026-11-06");
        work.date("ins-deadline", "2027-01-31");
        work.write("ins-findings", "储罐区可燃气体报警装置未定期检定");
        work.write("ins-violation-basis", "《危险化学品安全管理条例》第二十条");
        work.type("ins-decision-no", "晋应急罚〔2026〕E2E号");
        work.type("ins-fine", "5000");
        work.publish();
        work.waitForError(browser.text("inspections.creditCode.invalid", MISTYPED));

        work.type("ins-credit-code", CREDIT_CODE);
        work.publish();
        work.waitForConfirmation(browser.text("admin.inspections.published", RECORD));
        Element published = readerCopy();
        assertNotNull(published.selectFirst(RECORD_LINK), "published: in the very next copy for readers\n" + published);
        assertTrue(published.text().contains(ENTERPRISE), published.text());

        work.startCorrection(RECORD);
        work.type("ins-fine", "3000");
        work.write("ins-reason", REASON);
        work.publishCorrection();
        work.waitForConfirmation(browser.text("admin.inspections.corrected", RECORD));
        signOut();

        browser.open("/inspections/" + RECORD);
        assertEquals(ENTERPRISE, browser.byId("record-heading").getText());
        browser.waitForText(By.id("correction-note"), REASON);
        // 公示日期 is the day the portal published it; the date typed is the department's claim.
        String portalDay = LocalDate.now(ZoneId.of(CityClock.DEFAULT_ZONE)).toString();
        browser.waitForText(By.id("record-publication-date"), portalDay);
        browser.waitForText(By.id("record-published-elsewhere"), "2026-11-06");
        browser.waitForText(By.id("record-current"), "3,000.00");
        browser.waitForText(By.id("history-original"), "5000.00");
        browser.waitForText(By.id("history-correction-1"), browser.text("inspections.history.change",
                browser.text("inspections.field.fineAmount"), "5000.00", "3000.00"));

        String feed = get("/feeds/inspections.atom").body();
        assertTrue(feed.contains("/inspections/" + RECORD + "\""), feed);
        assertTrue(feed.matches("(?s).*urn:safety-portal:inspection-correction:\\d+.*"), feed);
        assertTrue(feed.matches("(?s).*urn:safety-portal:inspection:\\d+.*"), feed);
        assertTrue(feed.contains(REASON), feed);

        browser.open("/inspections");
        browser.click("filter-county");
        browser.pickOverlayItem("vaadin-select-item", "陵川县");
        browser.waitForText(By.id("inspections-grid"), ENTERPRISE);
        String csvAddress = browser.byId("inspections-export-csv").getAttribute("href");
        assertTrue(csvAddress.endsWith("/api/v1/inspections/export.csv?area=LC"), csvAddress);
        HttpResponse<String> csv = client.send(HttpRequest.newBuilder(URI.create(csvAddress)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertEquals("area=LC", csv.headers().firstValue("X-Export-Filter").orElse(""));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("inspections_area-LC_"), csv.headers().toString());
        String line = csv.body().lines().filter(l -> l.startsWith(RECORD + ",")).findFirst().orElse("");
        assertTrue(line.contains(",3000.00,"), csv.body());
        assertTrue(line.contains(REASON), line);
        assertTrue(line.matches(".*,inspection-correction:\\d+,[0-9a-f]{64},.*"), line);
        assertTrue(csv.body().lines().skip(1).allMatch(l -> l.contains(",LC,")), "only Lingchuan in\n" + csv.body());
    }

    /** The register of Lingchuan as a reader without JavaScript reads it, from a new visitor's first response. */
    private Element readerCopy() throws Exception {
        Element main = Jsoup.parse(get("/inspections?area=LC").body()).selectFirst("#page-for-readers main");
        assertNotNull(main, "the copy for readers");
        return main;
    }
}
