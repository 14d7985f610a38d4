package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.portal.e2e.pages.DecisionPage;
import org.safetyportal.portal.e2e.pages.HazardPage;
import org.safetyportal.portal.e2e.pages.HazardsPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.NotFoundPage;
import org.safetyportal.portal.e2e.pages.ProblemPage;
import org.safetyportal.portal.e2e.pages.RectificationWorkPage;

/**
 * 问题整改清单 and 追责问责清单 beside the 挂牌督办清单 (the notice's item 9): a publisher records a problem of a
 * listed major hazard and an accountability decision about it, and a visitor follows the links from the
 * hazards list to the hazard, the problem and the decision.
 */
class RectificationIT extends BrowserJourney {

    private static final String BUREAU = "晋城市应急管理局";
    private static final String HAZARD = "ZDYH-YCZR-2026-006";
    private static final String PROBLEM = "WTZG-E2E-001";
    private static final String DECISION = "ZZWZ-E2E-001";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String DESCRIPTION = SCRIPT + "边坡在线监测系统离线，未按设计分台阶开采。";
    private static final String POST = "安全生产分管负责人";

    @Test
    void staffRecordsAProblemOfAListedHazardAndTheAccountability_visitorFollowsTheLinksFromTheHazardsList() throws Exception {
        createPublisherAndReviewer("rc.pub", "任示例", "rc.rev", "查示例", BUREAU);
        LoginPage.open(browser).signInSuccessfully("rc.pub", PUBLISHER_PASSWORD);
        RectificationWorkPage work = RectificationWorkPage.openFromStaffArea(browser);
        LocalDate today = LocalDate.now(ZoneId.of(CityClock.DEFAULT_ZONE));

        work.fillProblem(PROBLEM, browser.text("rectification.source.SPECIAL_CAMPAIGN"), "非煤矿山安全专项整治（示例）",
                "阳城县示例石料开采有限公司", "阳城县", DESCRIPTION, "9".repeat(4001), "阳城县示例石料开采有限公司安全科",
                today.plusDays(30), HAZARD);
        work.submitProblem();
        work.waitForProblemError(browser.text("rectification.measures.required", 4000));
        work.replaceMeasures("按设计分台阶开采，恢复边坡在线监测并接入监管平台。");
        work.submitProblem();
        work.waitForConfirmation(browser.text("rectification.admin.recorded", PROBLEM));

        work.fillDecision(DECISION, "阳城县示例石料开采有限公司", POST, browser.text("accountability.measure.INTERVIEW"),
                "边坡重大隐患整改进度滞后（示例）。", BUREAU, "NOPE-1");
        work.submitDecision();
        work.waitForDecisionError(browser.text("accountability.problem.unknown", "NOPE-1"));
        work.replaceDecisionProblem(PROBLEM).submitDecision();
        work.waitForConfirmation(browser.text("accountability.admin.recorded", DECISION));
        signOut();

        HazardPage hazard = HazardsPage.open(browser).filterCounty("阳城县").openHazard(HAZARD);
        assertTrue(hazard.linkedProblems().contains(PROBLEM), hazard.linkedProblems());
        assertTrue(hazard.linkedAccountability().contains(POST), hazard.linkedAccountability());
        ProblemPage problem = hazard.openProblem(PROBLEM);
        assertEquals(DESCRIPTION, problem.description(), "script tags are shown as text");
        assertTrue(problem.origin().contains(HAZARD), problem.origin());
        DecisionPage decision = problem.openDecision(DECISION);
        assertEquals(POST, decision.post());
        assertTrue(decision.facts().contains(browser.text("accountability.measure.INTERVIEW")), decision.facts());

        String json = get("/api/v1/rectification/" + PROBLEM).body();
        assertTrue(json.contains("\"hazard\":\"" + HAZARD + "\""), json);
        assertTrue(json.contains("\"accountability\":[{\"decisionCode\":\"" + DECISION + "\""), json);
        assertTrue(get("/api/v1/hazards/" + HAZARD + "/accountability").body().contains("\"heldPost\":\"" + POST + "\""));
        assertTrue(get("/api/v1/ledger/verify").body().startsWith("{\"intact\":true"));
    }

    @Test
    void visitorReadsTheDemoListsLinked_unknownNumbersAnswer404_andEmptyAnswersKeepTheirShape() throws Exception {
        browser.open("/hazards/ZDYH-JCYJ-2026-005");
        browser.waitForText(By.id("hazard-heading"), "ZDYH-JCYJ-2026-005");
        assertTrue(browser.byId("hazard-problems").getText().contains("WTZG-JCYJ-2026-005"));
        assertTrue(browser.byId("hazard-decisions").getText().contains("ZZWZ-JCYJ-2026-003"));
        browser.open("/rectification?status=RECTIFIED");
        browser.waitForText(By.id("problems-count"), browser.text("rectification.count", 2));
        browser.open("/accountability?measure=PUBLIC_CRITICISM");
        browser.waitForText(By.id("decisions-count"), browser.text("accountability.count", 1));

        assertEquals(browser.text("error.404.title"), NotFoundPage.open(browser, "/rectification/NOPE-404").heading());
        assertEquals(browser.text("error.404.title"), NotFoundPage.open(browser, "/accountability/NOPE-404").heading());
        HttpResponse<String> unknown = get("/api/v1/rectification/NOPE-404?lang=en");
        assertEquals(404, unknown.statusCode());
        assertEquals(404, get("/api/v1/accountability/NOPE-404").statusCode());
        assertEquals("[]", get("/api/v1/hazards/ZDYH-QSYJ-2026-009/accountability").body());
        assertEquals("[]", get("/api/v1/hazards/ZDYH-QSYJ-2026-009/rectification").body());
        String none = get("/api/v1/accountability?measure=REFERRED").body();
        assertEquals("{\"total\":0,\"offset\":0,\"limit\":100,\"decisions\":[]}", none);
        HttpResponse<String> bad = get("/api/v1/rectification?status=DONE&lang=en");
        assertEquals(400, bad.statusCode());
        assertTrue(!bad.body().contains("DONE"), "an error never repeats the value: " + bad.body());
    }
}
