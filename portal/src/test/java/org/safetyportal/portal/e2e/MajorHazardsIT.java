package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.inspection.CreditCode;
import org.safetyportal.portal.e2e.pages.EnterprisePage;
import org.safetyportal.portal.e2e.pages.HazardPage;
import org.safetyportal.portal.e2e.pages.HazardWorkPage;
import org.safetyportal.portal.e2e.pages.HazardsPage;
import org.safetyportal.portal.e2e.pages.LoginPage;

/**
 * 重大隐患挂牌督办: a publisher lists a hazard and records the rectification, a reviewer accepts and
 * closes it (验收销号), and an anonymous visitor finds it by county and reads the sign-off.
 */
class MajorHazardsIT extends BrowserJourney {

    private static final String BUREAU = "晋城市应急管理局";
    private static final String CODE = "ZDYH-JCYJ-2026-E2E";
    private static final String ENTERPRISE = "沁水县示例储运有限公司";
    private static final String CREDIT_CODE = "91140521MA0DEM099" + CreditCode.checkCharacter("91140521MA0DEM099");
    private static final String FUNDS = "企业自筹资金 88 万元";

    @Test
    void publisherListsAndRecordsProgress_reviewerCloses_visitorFindsItByCountyWithTheSignOff() throws Exception {
        createPublisherAndReviewer("hz.pub", "何示例", "hz.rev", "严示例", BUREAU);

        LoginPage.open(browser).signInSuccessfully("hz.pub", PUBLISHER_PASSWORD);
        HazardWorkPage work = HazardWorkPage.openFromStaffArea(browser);
        LocalDate today = LocalDate.now(ZoneId.of(CityClock.DEFAULT_ZONE));
        work.fillListing(CODE, "液氯储罐区紧急切断装置失效，存在泄漏重大事故隐患。", ENTERPRISE, "91140521MA0DEM0990X", "沁水县",
                "危险化学品", today.plusDays(60), "更换紧急切断阀并接入联锁", "企业主要负责人", FUNDS, "60日内", "液氯泄漏现场处置方案");
        work.submit();
        work.waitForFormError(browser.text("hazards.creditCode.invalid", "91140521MA0DEM0990X"));
        work.replaceCreditCode(CREDIT_CODE);
        work.submit();
        work.waitForConfirmation(browser.text("hazards.admin.listed", CODE));
        work.waitForStatus(CODE, browser.text("hazards.status.LISTED"));

        work.recordStep(CODE, null, "紧急切断阀已订货，储罐降低液位运行。", null, null);
        work.waitForStatus(CODE, browser.text("hazards.status.RECTIFYING"));
        work.recordStep(CODE, browser.text("hazards.step.to.RECTIFIED_PENDING_ACCEPTANCE"), "切断阀安装调试完成，联锁测试合格。", null, null);
        work.waitForStatus(CODE, browser.text("hazards.status.RECTIFIED_PENDING_ACCEPTANCE"));
        assertFalse(work.offersStep(CODE), "a publisher cannot accept");
        signOut();

        LoginPage.open(browser).signInSuccessfully("hz.rev", REVIEWER_PASSWORD);
        work = HazardWorkPage.open(browser);
        work.recordStep(CODE, browser.text("hazards.step.to.CLOSED"), "现场验收合格，同意销号。", "钱示例", BUREAU);
        work.waitForStepError(browser.text("hazards.signOff.roleRequired"));
        work.signAs(browser.text("hazards.signerRole.DEPARTMENT_PRINCIPAL"));
        work.waitForStatus(CODE, browser.text("hazards.status.CLOSED"));
        signOut();

        HazardsPage register = HazardsPage.open(browser).filterCounty("沁水县").waitForCount(browser.text("hazards.count", 2));
        assertEquals(List.of("沁水县"), register.countiesShown());

        HazardPage hazard = register.openHazard(CODE);
        String signOff = hazard.signOff();
        assertTrue(signOff.contains(browser.text("hazards.signOff.text", today.toString(), "钱示例", BUREAU)), signOff);
        assertEquals(browser.text("hazards.signOff.role", browser.text("hazards.signerRole.DEPARTMENT_PRINCIPAL")),
                browser.byId("hazard-signer-role").getText());
        assertTrue(hazard.fiveImplementations().contains(FUNDS));
        assertEquals(4, hazard.historyEntries(), "listed and three steps");
        assertTrue(hazard.step(3).contains("现场验收合格"));

        EnterprisePage enterprise = hazard.openEnterprise(ENTERPRISE);
        assertTrue(enterprise.showsHazard(CODE));

        HttpResponse<String> county = get("/api/v1/hazards?area=QS");
        HttpResponse<String> one = get("/api/v1/hazards/" + CODE);
        assertEquals(200, county.statusCode());
        assertTrue(county.body().startsWith("{\"total\":2,"), county.body());
        assertTrue(one.body().contains("\"status\":\"CLOSED\""), one.body());
        assertTrue(one.body().contains("\"signedOffBy\":\"钱示例\""), one.body());
        assertTrue(get("/api/v1/ledger/verify").body().startsWith("{\"intact\":true"));
    }

    @Test
    void visitor_seesAHazardNotRectifiedAsRequired_investigatedAsAnAccident_andTheSignersRoleOfAClosing() throws Exception {
        browser.open("/hazards/ZDYH-JCYJ-2026-005");
        browser.waitForText(By.id("hazard-heading"), "ZDYH-JCYJ-2026-005");
        String investigation = browser.byId("hazard-investigation").getText();
        assertTrue(investigation.contains(browser.text("hazards.investigation.title")), investigation);
        assertTrue(investigation.contains("2026-09-10") && investigation.contains("比照生产安全事故调查"), investigation);
        String entries = browser.find(By.cssSelector("#hazard-investigation .ledger-entries-link")).getAttribute("href");
        assertTrue(entries.contains("/ledger/entries?subject=major-hazard-event"), "the referral links to its ledger entries: " + entries);
        HttpResponse<String> ledger = get(entries.replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, ledger.statusCode());
        // Read as a reader without JavaScript reads it: the entry with its event in words.
        assertTrue(ledger.body().contains(browser.text("ledger.event.major-hazard.status")),
                "the ledger page lists the referral's entry: " + ledger.body());
        assertEquals(404, get("/ledger/entries?subject=major-hazard-event:999999").statusCode());

        browser.open("/hazards/ZDYH-ZZZJ-2026-007");
        assertEquals(browser.text("hazards.signOff.role", browser.text("hazards.signerRole.DEPARTMENT_PRINCIPAL")),
                browser.byId("hazard-signer-role").getText());

        String json = get("/api/v1/hazards/ZDYH-JCYJ-2026-005").body();
        assertTrue(json.contains("\"investigation\":{\"seq\":3,\"status\":\"REFERRED_FOR_INVESTIGATION\",\"date\":\"2026-09-10\""), json);
        assertTrue(get("/api/v1/hazards/ZDYH-ZZZJ-2026-007").body().contains("\"signerRole\":\"DEPARTMENT_PRINCIPAL\""));
        String csv = get("/api/v1/hazards/export.csv?area=GP").body();
        assertTrue(csv.contains("investigationDate") && csv.contains("2026-09-10"), csv);
    }

    @Test
    void openData_filtersByStatusAndYear_refusesBadInput_and404ForAnUnknownCode() throws Exception {
        HttpResponse<String> overdue = get("/api/v1/hazards?status=OVERDUE");
        HttpResponse<String> closed2025 = get("/api/v1/hazards?status=CLOSED&year=2025&limit=5");
        HttpResponse<String> demo = get("/api/v1/hazards/ZDYH-JCNY-2025-011");
        HttpResponse<String> badStatus = get("/api/v1/hazards?status=DONE&lang=en");
        HttpResponse<String> badYear = get("/api/v1/hazards?year=20x6&lang=en");
        HttpResponse<String> unknown = get("/api/v1/hazards/NOPE-1?lang=en");

        assertEquals(200, overdue.statusCode());
        assertTrue(overdue.body().startsWith("{\"total\":2,"), overdue.body());
        assertTrue(overdue.body().contains("\"overdue\":true"), overdue.body());
        assertFalse(overdue.body().contains("\"overdue\":false"), overdue.body());
        assertTrue(closed2025.body().startsWith("{\"total\":1,\"offset\":0,\"limit\":5,"), closed2025.body());
        assertTrue(demo.body().contains("\"funds\":\"企业自筹资金380万元，专款专用。\""), demo.body());
        assertTrue(demo.body().contains("\"signedOffUnit\":\"晋城市能源局\""), demo.body());
        assertEquals(400, badStatus.statusCode());
        assertTrue(badStatus.body().contains("The value of the parameter status is not valid."), badStatus.body());
        assertFalse(badStatus.body().contains("DONE"), "an error never repeats the value: " + badStatus.body());
        assertEquals(400, badYear.statusCode());
        assertTrue(badYear.body().contains("The value of the parameter year is not valid."), badYear.body());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Nothing is published at this address."), unknown.body());
    }
}
