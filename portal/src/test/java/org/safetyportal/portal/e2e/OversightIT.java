package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.e2e.pages.DepartmentListsPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.NotFoundPage;
import org.safetyportal.portal.e2e.pages.OversightAdminPage;
import org.safetyportal.portal.e2e.pages.OversightRegisterPage;
import org.safetyportal.portal.e2e.pages.OversightResultPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/** The city's 安委办 publishes an assessment result and files a rectification report; a visitor finds it by kind and year and opens its permalink; the same as open data. */
class OversightIT extends BrowserJourney {

    private static final String COMMITTEE = "晋城市安全生产委员会办公室";
    private static final String CODE = "JCAW-KH-2026-E2E";
    private static final String REPORT = "（示例）已清理老旧小区消防通道42处，建成集中充电点15个。";
    private static final Pattern TOTAL = Pattern.compile("^\\{\"total\":(\\d+),");

    @Test
    void publisherPublishesAnAssessmentAndFilesAReport_visitorFiltersByKindAndYear_andOpensThePermalinks() throws Exception {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser("aw.wang", "王示例", PUBLISHER_PASSWORD, "PUBLISHER", COMMITTEE);
        users.waitForUser("aw.wang");
        signOut();

        LoginPage.open(browser).signInSuccessfully("aw.wang", PUBLISHER_PASSWORD);
        OversightAdminPage form = OversightAdminPage.openFromStaffArea(browser);
        form.chooseKind(browser.text("oversight.kind.ASSESSMENT"));
        form.type("form-code", CODE);
        form.chooseParty("阳城县", "阳城县人民政府");
        form.type("form-year", "2026");
        form.date("form-period-start", LocalDate.of(2026, 11, 2));
        form.date("form-period-end", LocalDate.of(2026, 11, 6));
        form.typeText("form-findings", "（示例）年度中期考核：重点任务清单按进度推进，个别乡镇应急预案未按期修订。");
        form.chooseGrade(browser.text("oversight.grade.GOOD"));
        form.type("form-score", "88.5");
        form.date("form-publication", LocalDate.of(2026, 11, 20));
        form.publish();
        form.waitForError(browser.text("oversight.date.required"));

        form.date("form-decision", LocalDate.of(2026, 11, 13));
        form.publish();
        form.waitForConfirmation(browser.text("admin.oversight.published", CODE));
        form.fileReport("JCAW-XC-2026-03", LocalDate.of(2026, 11, 25), REPORT, LocalDate.of(2026, 11, 27));
        form.waitForConfirmation(browser.text("admin.oversight.reportFiled", "JCAW-XC-2026-03"));
        signOut();

        OversightRegisterPage register = OversightRegisterPage.open(browser);
        register.filterKind(browser.text("oversight.kind.ASSESSMENT"));
        register.filterYear(browser.text("oversight.yearValue", 2026));
        int total = total(get("/api/v1/oversight?kind=ASSESSMENT&year=2026").body());
        assertTrue(total >= 1, "the new assessment is open data too");
        register.waitForCount(browser.text("oversight.count", total));
        List<String> kinds = register.kindsShown();
        assertFalse(kinds.isEmpty());
        assertTrue(kinds.stream().allMatch(browser.text("oversight.kind.ASSESSMENT")::equals), kinds.toString());

        OversightResultPage result = register.openResult(CODE);
        assertTrue(result.path().endsWith("/oversight/" + CODE), result.path());
        assertEquals("阳城县人民政府 · " + browser.text("oversight.kind.ASSESSMENT"), result.heading());
        assertTrue(result.grade().contains(browser.text("oversight.grade.GOOD")));
        assertTrue(result.conductor().contains(COMMITTEE));
        assertTrue(result.period().contains("2026-11-02"));
        // The day it became public is the portal's; the typed date is the department's claim, shown as such.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertTrue(result.publication().contains(today.toString()) || result.publication().contains(today.minusDays(1).toString()),
                result.publication());
        assertTrue(result.publishedElsewhere().contains("2026-11-20"), result.publishedElsewhere());
        assertTrue(get("/api/v1/ledger/verify").body().startsWith("{\"intact\":true"), "the ledger verifies");

        OversightResultPage reported = OversightResultPage.open(browser, "JCAW-XC-2026-03").waitForReportSummary(REPORT);
        assertTrue(reported.rectification().contains(browser.text("oversight.rectification.REPORTED")));
    }

    @Test
    void visitor_readsADemoResultWithItsReport_andADepartmentPageListsWhatConcernsIt() {
        OversightResultPage failed = OversightResultPage.open(browser, "JCAW-KH-2025-04")
                .waitForRectification(browser.text("oversight.late"));
        assertTrue(failed.grade().contains(browser.text("oversight.grade.FAIL")));
        assertEquals(browser.text("oversight.report.none"), failed.reportSection(browser.text("oversight.report.heading")));

        OversightResultPage supervision = OversightResultPage.open(browser, "JCAW-DC-2026-01");
        assertTrue(supervision.reportSummary().contains("示例"));
        assertTrue(supervision.inspectedParty().contains("晋城市城市管理局"));

        assertTrue(DepartmentListsPage.open(browser, "JC-URBAN_MANAGEMENT").showsOversightResult("JCAW-DC-2026-01"));
        assertEquals(browser.text("error.404.title"), NotFoundPage.open(browser, "/oversight/NO-SUCH-RESULT").heading());
    }

    @Test
    void openData_filtersByKindYearAreaAndDepartment_andGivesOneResultByCode() throws Exception {
        HttpResponse<String> all = get("/api/v1/oversight");
        HttpResponse<String> assessments2025 = get("/api/v1/oversight?kind=ASSESSMENT&year=2025");
        HttpResponse<String> zezhou = get("/api/v1/oversight?area=ZZ");
        HttpResponse<String> urban = get("/api/v1/oversight?department=JC-URBAN_MANAGEMENT");
        HttpResponse<String> paged = get("/api/v1/oversight?offset=1&limit=2");
        HttpResponse<String> one = get("/api/v1/oversight/JCAW-KH-2025-02");
        HttpResponse<String> zone = get("/api/v1/oversight/JCAW-KH-2025-06");

        assertEquals(200, all.statusCode());
        assertTrue(total(all.body()) >= 11, all.body());
        assertTrue(all.headers().firstValue("ETag").isPresent());
        assertEquals(6, total(assessments2025.body()), assessments2025.body());
        assertFalse(assessments2025.body().contains("\"kind\":\"SUPERVISION\""));
        assertEquals(3, total(zezhou.body()), zezhou.body());
        assertTrue(zezhou.body().contains("\"resultCode\":\"JCYJ-DC-2026-01\""), "a Zezhou department counts for Zezhou");
        assertEquals(1, total(urban.body()), urban.body());
        assertTrue(paged.body().contains("\"offset\":1,\"limit\":2,"), paged.body());
        assertEquals(2, paged.body().split("\"resultCode\"").length - 1, paged.body());
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("\"grade\":\"GOOD\""), one.body());
        assertTrue(zone.body().contains("{\"type\":\"AREA_GOVERNMENT\",\"code\":\"KFQ\",\"nameZh\":\"晋城经济技术开发区管理委员会\""),
                "the development zone is run by an administrative committee: " + zone.body());
        assertTrue(one.body().contains("\"inspectedParty\":{\"type\":\"AREA_GOVERNMENT\",\"code\":\"GP\""), one.body());
        assertTrue(one.body().contains("\"rectificationState\":\"REPORTED\""), one.body());
        assertTrue(one.body().contains("\"ledgerSubject\":\"oversight-rectification:"), one.body());
    }

    @Test
    void openData_refusesBadInputInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> unknownCode = get("/api/v1/oversight/NO-SUCH-RESULT?lang=en");
        HttpResponse<String> badKind = get("/api/v1/oversight?kind=AUDIT&lang=en");
        HttpResponse<String> badYear = get("/api/v1/oversight?year=abc");
        HttpResponse<String> badArea = get("/api/v1/oversight?area=NOPE");
        HttpResponse<String> tooMany = get("/api/v1/oversight?limit=501");

        assertEquals(404, unknownCode.statusCode());
        assertTrue(unknownCode.body().contains("Nothing is published at this address."), unknownCode.body());
        assertEquals(400, badKind.statusCode());
        assertTrue(badKind.body().contains("\"code\":\"oversight.kind.unknown\""), badKind.body());
        assertTrue(badKind.body().contains("The value of the parameter kind is not valid."), badKind.body());
        assertTrue(!badKind.body().contains("AUDIT"), "an error never repeats the value: " + badKind.body());
        assertEquals(400, badYear.statusCode());
        assertEquals(400, badArea.statusCode());
        assertTrue(badArea.body().contains("参数 area 的值不正确。"), badArea.body());
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("\"code\":\"api.page.invalid\""), tooMany.body());
    }

    private static int total(String body) {
        Matcher matcher = TOTAL.matcher(body);
        assertTrue(matcher.find(), body);
        return Integer.parseInt(matcher.group(1));
    }
}
