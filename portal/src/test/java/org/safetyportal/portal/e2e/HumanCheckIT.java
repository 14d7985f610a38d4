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
import org.safetyportal.portal.e2e.pages.ReportPage;

/**
 * A phone that has sent three reports within the hour is asked, for the fourth, to show a person is sending:
 * digits in a picture, or a sum in words for whoever cannot see it; a wrong answer gets a new check, a right
 * one sends the report. On a portal of its own with the default threshold (the shared one never asks).
 */
class HumanCheckIT {

    private static final Pattern SUM = Pattern.compile("(\\d+)\\D+(\\d+)");

    @Test
    void aBusyPhone_answersTheCheckInWords_afterAWrongAnswer_andItsReportIsTaken() {
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
        }
    }

    private static ReportPage fill(Browser browser, int n) {
        return ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address("南村镇示例街" + n + "号").describe("示例：楼道里能闻到燃气味，第 " + n + " 次反映。");
    }
}
