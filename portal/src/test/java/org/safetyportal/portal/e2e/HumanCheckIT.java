package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.CaseWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.ReportPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * A phone that has sent three reports within the hour is asked, for the fourth, to show a person is sending:
 * digits in a picture, or a sum in words for whoever cannot see it; a wrong answer gets a new check, a right
 * one sends the report. A support of an existing case ("this is the same") from that busy phone is asked the
 * same check. On a portal of its own with the default threshold (the shared one never asks).
 */
class HumanCheckIT {

    private static final Pattern SUM = Pattern.compile("(\\d+)\\D+(\\d+)");
    private static final String HANDLER = "rl.gas";
    private static final String HANDLER_PASSWORD = "rl-gas-pass-1";

    @Test
    void aBusyPhone_answersTheCheckInWords_afterAWrongAnswer_andItsReportIsTaken_andItsSupportToo() {
        try (PortalProcess portal = PortalProcess.startFresh(Map.of("PORTAL_DEMO_DATA", "false"));
                Browser browser = new Browser(portal, SupportedLocales.CHINESE)) {
            browser.resize(360, 740);
            for (int i = 1; i <= 3; i++) {
                ReportPage report = fill(browser, i);
                report.submit();
                assertFalse(report.receiptCode().isBlank(), "report " + i + " is taken without a check");
                assertFalse(report.humanCheckShown());
            }

            ReportPage fourth = fill(browser, 4);
            fourth.submit();
            assertEquals(browser.text("report.challenge.required"), fourth.error());
            assertTrue(fourth.humanCheckShown());
            List<String> picture = fourth.humanCheckPicture();
            assertEquals("240", picture.get(0), "the picture is served and drawn");
            assertEquals(browser.text("report.challenge.picture.alt"), picture.get(1), "a text alternative that names no digit");

            String question = fourth.askInWords();
            assertTrue(question.endsWith("等于多少？"), question);
            fourth.answerHumanCheck("0").submit();
            assertEquals(browser.text("report.challenge.wrong"), fourth.error());
            assertFalse(fourth.receiptShown());

            Matcher sum = SUM.matcher(fourth.questionInWords());
            assertTrue(sum.find(), fourth.questionInWords());
            fourth.answerHumanCheck(Integer.toString(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2)))).submit();
            assertTrue(fourth.receiptCode().matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{5}"));

            aSupportFromTheBusyPhone_isAskedTheCheckToo(browser);
        }
    }

    /** The first report's case gets a public note, which a fifth draft meets; "this is the same" then asks the check. */
    private static void aSupportFromTheBusyPhone_isAskedTheCheckToo(Browser browser) {
        String published = "南村镇示例街1号楼道里能闻到燃气味，已受理";
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser(HANDLER, "人机验证示例", HANDLER_PASSWORD, "CASE_HANDLER", "泽州县城市管理局");
        users.waitForUser(HANDLER);
        signOut(browser);
        LoginPage.open(browser).signInSuccessfully(HANDLER, HANDLER_PASSWORD);
        CaseWorkPage.fromAdminHome(browser).openCaseAt("南村镇示例街1号").start("ACCEPT").note(published)
                .confirm(browser.text("case.status.ACCEPTED"));
        signOut(browser);

        ReportPage fifth = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address("南村镇示例街1号楼下").describe("南村镇示例街1号楼道里能闻到燃气味，请处理")
                .submitExpectingSimilarCases();
        List<String> offered = fifth.offeredCases();
        assertEquals(1, offered.size(), "only the case with a public note is offered: " + offered);
        String number = offered.get(0);
        assertEquals(published, fifth.offeredSummary(number));

        assertEquals(browser.text("support.challenge.required"), fifth.supportExpectingCheck(number));
        assertTrue(fifth.humanCheckShown());
        fifth.askInWords();
        fifth.answerHumanCheck("0");
        assertEquals(browser.text("support.challenge.wrong"), fifth.supportExpectingCheck(number));
        Matcher sum = SUM.matcher(fifth.questionInWords());
        assertTrue(sum.find(), fifth.questionInWords());
        fifth.answerHumanCheck(Integer.toString(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2))));
        assertEquals(browser.text("report.supported.text", number), fifth.support(number));
        browser.click("support-case-link");
        assertEquals("1", browser.byId("case-supports").getText());
    }

    private static void signOut(Browser browser) {
        browser.click("sign-out");
        browser.byId("staff-sign-in");
    }

    private static ReportPage fill(Browser browser, int n) {
        return ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address("南村镇示例街" + n + "号").describe("示例：楼道里能闻到燃气味，第 " + n + " 次反映。");
    }
}
