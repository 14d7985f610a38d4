package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.e2e.pages.GroupSessionPage;
import org.safetyportal.portal.e2e.pages.JoinPage;
import org.safetyportal.portal.e2e.pages.QuizPanel;
import org.safetyportal.portal.e2e.pages.SessionLeader;
import org.safetyportal.i18n.SupportedLocales;

/**
 * An administrator registers a school and its session leader; the leader creates a session and reads its code;
 * two participants join on 360 px phones, answer and submit; the leader sees them and downloads the results.
 */
class GroupSessionIT extends BrowserJourney {

    private static final String GAS = "gas-at-home";
    private static final String SCHOOL = "示例实验小学";
    private static final String HOST = "host.zhao";
    private static final String HOST_PASSWORD = "host-pass-2026";

    @Test
    void anEducatorRunsASession_twoParticipantsJoinOnPhones_andTheResultsComeIn() throws Exception {
        new SessionLeader(HOST, "赵示例老师", HOST_PASSWORD, SCHOOL, "泽州县").registerAsAdministrator(browser).signIn(browser);
        GroupSessionPage session = GroupSessionPage.create(browser, "家中和餐馆的燃气安全", 5);
        String code = session.code();
        assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
        assertTrue(session.joinAddress().contains("/join/" + code.replace("-", "")), session.joinAddress());
        assertTrue(session.qrCodeLoaded(), "the QR code is drawn by the server");

        List<String> explanations = EducationIT.explanationsOf(GAS);
        for (String name : List.of("小明同学", "Li Hua")) {
            try (Browser phone = new Browser(portal, SupportedLocales.CHINESE)) {
                phone.resize(360, 740);
                JoinPage join = JoinPage.byCode(phone, code.toLowerCase());
                assertTrue(join.width().fits(), join.width().toString());
                if (name.equals("小明同学")) {
                    assertEquals(phone.text("education.join.name.length", 40), join.refusedName("名".repeat(200)));
                    assertEquals(phone.text("education.join.name.markup"), join.refusedName("<script>alert(1)</script>"));
                }
                join.recordWhatTheBrowserReceives();
                QuizPanel quiz = join.start(name);
                assertEquals(5, quiz.questionCount());
                for (int position = 1; position <= 5; position++) {
                    quiz.pickFirstOption(position);
                }
                String beforeSubmission = quiz.received();
                assertTrue(beforeSubmission.contains("quiz-answer-5"), "the recording holds the paper");
                for (String explanation : explanations) {
                    assertFalse(beforeSubmission.contains(explanation), "an explanation before submission: " + explanation);
                }
                assertFalse(beforeSubmission.contains("quiz-right") || beforeSubmission.contains("quiz-wrong"));
                String result = quiz.submit();
                assertTrue(result.contains("/5"), result);
                assertTrue(join.width().fits(), join.width().toString());
            }
        }

        assertEquals(browser.text("admin.education.session.counts", 2, 2), session.refreshedCounts());
        List<String> rates = session.questionRates();
        assertTrue(rates.stream().anyMatch(t -> t.endsWith(" %")), rates.toString());
        String participants = session.participants();
        assertTrue(participants.contains("小明同学") && participants.contains("Li Hua"), participants);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(browser.fetch(session.excelLink())))) {
            Sheet people = book.getSheet("participants");
            assertEquals(2, people.getLastRowNum(), "a header and two participants");
            assertEquals("小明同学", people.getRow(1).getCell(0).getStringCellValue());
        }

        assertEquals(404, get("/join/ZZZZZZZZ").statusCode());
        assertEquals(404, get("/join/%3Cscript%3E").statusCode());
        assertEquals(200, get("/join").statusCode());
    }

    @Test
    void aFamilyJoinsByTheFamilyLink_andTheEducatorSeesItMarkedAsFamily() throws Exception {
        String school = "示例进家庭小学";
        String host = "host.sun";
        new SessionLeader(host, "孙示例老师", HOST_PASSWORD, school, "泽州县").registerAsAdministrator(browser).signIn(browser);
        GroupSessionPage session = GroupSessionPage.create(browser, "家中和餐馆的燃气安全", 3);
        String code = session.code().replace("-", "");
        String familyAddress = session.familyAddress();
        assertTrue(familyAddress.endsWith("/join/" + code + "?for=family"), familyAddress);

        try (Browser phone = new Browser(portal, SupportedLocales.CHINESE)) {
            phone.resize(360, 740);
            JoinPage join = JoinPage.byFamilyLink(phone, familyAddress);
            assertEquals(phone.text("education.join.family"), join.familyNote());
            QuizPanel quiz = join.start("小红一家");
            for (int position = 1; position <= 3; position++) {
                quiz.pickFirstOption(position);
            }
            assertTrue(quiz.submit().contains("/3"));
        }
        try (Browser phone = new Browser(portal, SupportedLocales.CHINESE)) {
            JoinPage join = JoinPage.byCode(phone, code);
            assertEquals("", join.familyNote(), "the group link is not the family version");
            join.start("小刚");
        }

        assertEquals(browser.text("admin.education.session.counts", 2, 1), session.refreshedCounts());
        assertEquals(browser.text("admin.education.session.countsApart", 1, 0, 1, 1), session.countsApart());
        List<String> cells = session.participantCells();
        assertTrue(cells.contains("小红一家") && cells.contains("小刚"), cells.toString());
        assertEquals(1, cells.stream().filter(browser.text("admin.education.session.familyMark")::equals).count(),
                "one participant marked as family: " + cells);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(browser.fetch(session.excelLink())))) {
            Sheet people = book.getSheet("participants");
            assertEquals(browser.text("admin.education.session.familyColumn"), people.getRow(0).getCell(5).getStringCellValue());
            assertEquals("小红一家", people.getRow(1).getCell(0).getStringCellValue());
            assertEquals(browser.text("admin.education.session.yes"), people.getRow(1).getCell(5).getStringCellValue());
            assertEquals(browser.text("admin.education.session.no"), people.getRow(2).getCell(5).getStringCellValue());
        }
    }
}
