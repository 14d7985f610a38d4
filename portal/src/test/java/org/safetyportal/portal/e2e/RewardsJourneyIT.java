package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.portal.e2e.pages.CaseWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.ReportPage;
import org.safetyportal.portal.e2e.pages.TrackPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * A real-name citizen's report worked to a penalty: the handler attaches an "after" photo with the
 * request for verification and records the fine; a colleague sees the after photo before closing and
 * approves the reward (four eyes); the citizen sees the reward on /track. An anonymous reporter is told
 * that rewards need a real name. From its own loopback address (127.0.0.12), with its own staff (rw.*).
 */
class RewardsJourneyIT extends BrowserJourney {

    private static final String ADDRESS = "127.0.0.12";
    private static final String PASSWORD = "rw-reward-pass-1";
    private static boolean staffCreated;
    private final TestPhotos photos = new TestPhotos();

    @BeforeEach
    void createRewardStaffOnce() {
        browser.at(ADDRESS);
        if (staffCreated) {
            return;
        }
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser("rw.gas1", "奖励示例一", PASSWORD, "CASE_HANDLER", "泽州县城市管理局");
        users.waitForUser("rw.gas1");
        users.createUser("rw.gas2", "奖励示例二", PASSWORD, "CASE_HANDLER", "泽州县城市管理局");
        users.waitForUser("rw.gas2");
        signOut();
        staffCreated = true;
    }

    @Test
    void theHandlerRecordsTheFine_andAnAfterPhoto_aColleagueSeesItApprovesAndCloses_theReporterSeesTheReward() {
        String place = "示例奖励巷" + UUID.randomUUID().toString().substring(0, 6);
        ReportPage report = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address(place + "1号").describe("加气站储罐阀门泄漏，有很重的燃气味。").realName("王示例", "13800001234");
        report.submit();
        String code = report.receiptCode();
        String pin = report.receiptPin();
        String today = LocalDate.now(ZoneId.of(CityClock.DEFAULT_ZONE)).toString();

        CaseWorkPage work = asHandler("rw.gas1").openCaseAt(place);
        work.start("ACCEPT").confirm(browser.text("case.status.ACCEPTED"))
                .start("INVESTIGATE").confirm(browser.text("case.status.INVESTIGATING"))
                .start("ORDER_RECTIFICATION").deadline(LocalDate.parse(today).plusDays(10).toString())
                .note("责令立即更换阀门").confirm(browser.text("case.status.RECTIFYING"));
        work.penaltyKind("重大事故隐患");
        assertEquals(browser.text("rewards.fine.positive"), work.recordPenalty("泽城管罚〔2026〕7号", "-5000", today));
        assertEquals(browser.text("rewards.fine.notAmount"), work.recordPenalty("泽城管罚〔2026〕7号", "五万元", today));
        assertEquals("", work.recordPenalty("泽城管罚〔2026〕7号", "50,000", today));
        assertEquals(browser.text("rewards.stage", browser.text("rewards.stage.RECORDED")), work.rewardStage());
        assertTrue(work.rewardText().contains("7500.00"), work.rewardText());
        assertEquals(browser.text("rewards.fourEyes"), work.rewardAction("APPROVE"));

        work.start("REQUEST_VERIFICATION").outcome(browser.text("case.outcome.RECTIFIED"))
                .attachAfterPhoto(photos.jpeg("after.jpg", 1200, 900));
        assertEquals(1, work.afterPhotoCount());
        work.confirm(browser.text("case.status.AWAITING_VERIFICATION"));
        assertTrue(work.afterPhotosLoaded(1));
        signOut();

        CaseWorkPage verifier = asHandler("rw.gas2").openCaseAt(place);
        assertTrue(verifier.afterPhotosLoaded(1), "the verifier sees the after photo before closing");
        byte[] after = verifier.afterPhoto(1);
        assertEquals(0xFF, after[0] & 0xFF);
        assertEquals(0xD8, after[1] & 0xFF);
        assertFalse(new String(after, StandardCharsets.ISO_8859_1).contains("Exif"));
        assertEquals("", verifier.rewardAction("APPROVE"));
        assertEquals(browser.text("rewards.stage", browser.text("rewards.stage.APPROVED")), verifier.rewardStage());
        verifier.start("VERIFY_CLOSE").note("复查确认阀门已更换").confirm(browser.text("case.status.CLOSED"));
        signOut();

        TrackPage track = TrackPage.open(browser).track(code, pin);
        assertEquals(browser.text("track.status", browser.text("case.status.CLOSED")), track.status());
        assertEquals(browser.text("track.reward", "7500.00", browser.text("rewards.stage.APPROVED")), track.reward());
        assertFalse(track.caseText().contains("泽城管罚"), "the penalty decision is the staff's");
    }

    @Test
    void anAnonymousReporter_isToldThatRewardsNeedARealName() {
        String place = "示例奖励巷" + UUID.randomUUID().toString().substring(0, 6);
        ReportPage report = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address(place + "2号").describe("楼道里燃气表漏气。");
        report.submit();
        String code = report.receiptCode();
        String pin = report.receiptPin();

        TrackPage track = TrackPage.open(browser).track(code, pin);

        assertEquals(browser.text("track.reward.anonymous"), track.reward());
    }

    /** The demo data's rewards (recorded, approved, paid) are seen on /track with the codes and PINs the first start logged. */
    @Test
    void theDemoRewards_areSeenOnTrack_withTheCodesAndPinsTheFirstStartLogged() {
        Matcher logged = Pattern.compile("follow it at /track with code (\\S+) and PIN (\\d+)").matcher(portal.output());
        List<String> rewards = new ArrayList<>();
        while (logged.find()) {
            rewards.add(TrackPage.open(browser).track(logged.group(1), logged.group(2)).reward());
        }
        assertEquals(3, rewards.size(), "three demo rewards logged: " + rewards);
        assertEquals(browser.text("track.reward", "7500.00", browser.text("rewards.stage.RECORDED")), rewards.get(0));
        assertEquals(browser.text("track.reward", "45000.00", browser.text("rewards.stage.APPROVED")), rewards.get(1));
        assertEquals(browser.text("track.reward", "3000.00", browser.text("rewards.stage.PAID")), rewards.get(2),
                "15 % of a 10,000 yuan fine, raised to the 3,000 yuan minimum");
    }

    private CaseWorkPage asHandler(String username) {
        LoginPage.open(browser).signInSuccessfully(username, PASSWORD);
        return CaseWorkPage.fromAdminHome(browser);
    }
}
