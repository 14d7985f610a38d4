package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.e2e.pages.CaseWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.ReportPage;
import org.safetyportal.portal.e2e.pages.TrackPage;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * A citizen's report worked by the staff of the department it was routed to: accepted, rectified,
 * verified and closed by a colleague (four eyes), tracked by the citizen; a transfer; a refusal that
 * the county's safety committee office (安委办) decides.
 */
class CaseWorkJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "case-pass-1";
    private static boolean staffCreated;

    @BeforeEach
    void createCaseStaffOnce() {
        if (staffCreated) {
            return;
        }
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        createHandler(users, "case.gas1", "燃气示例一", "泽州县城市管理局");
        createHandler(users, "case.gas2", "燃气示例二", "泽州县城市管理局");
        createHandler(users, "case.committee", "安委办示例", "泽州县安全生产委员会办公室");
        signOut();
        staffCreated = true;
    }

    private static void createHandler(UserManagementPage users, String username, String name, String department) {
        users.createUser(username, name, PASSWORD, "CASE_HANDLER", department);
        users.waitForUser(username);
    }

    @Test
    void routedHandler_acceptsAndRectifies_aColleagueVerifiesAndCloses_andTheCitizenSeesItClosed() {
        String place = "示例巷" + UUID.randomUUID().toString().substring(0, 6);
        String[] receipt = report(place);

        CaseWorkPage work = asHandler("case.gas1").openCaseAt(place);
        work.start("ACCEPT").note("已受理，安排人员核查").confirm(browser.text("case.status.ACCEPTED"))
                .start("INVESTIGATE").confirm(browser.text("case.status.INVESTIGATING"))
                .start("ORDER_RECTIFICATION").deadline(LocalDate.now(ZoneId.of(CityClock.DEFAULT_ZONE)).plusDays(10).toString())
                .note("责令三日内清除占压物").confirm(browser.text("case.status.RECTIFYING"))
                .start("REQUEST_VERIFICATION").outcome(browser.text("case.outcome.RECTIFIED"))
                .confirm(browser.text("case.status.AWAITING_VERIFICATION"));
        work.start("VERIFY_CLOSE");
        browser.click("case-confirm");
        assertEquals(browser.text("cases.fourEyes"), work.actionError());
        work.cancel();
        signOut();

        asHandler("case.gas2").openCaseAt(place).start("VERIFY_CLOSE").note("复查确认已整改")
                .confirm(browser.text("case.status.CLOSED"));
        signOut();

        TrackPage track = TrackPage.open(browser).track(receipt[0], receipt[1]);
        assertEquals(browser.text("track.status", browser.text("case.status.CLOSED")), track.status());
        assertTrue(track.steps().contains("复查确认已整改"), track.steps());
        assertTrue(track.caseText().contains(browser.text("case.outcome.RECTIFIED")), track.caseText());
    }

    @Test
    void aHandler_transfersTheCase_toANamedDepartment_andTheCitizenSeesWhere() {
        String place = "示例巷" + UUID.randomUUID().toString().substring(0, 6);
        String[] receipt = report(place);

        CaseWorkPage work = asHandler("case.gas1").openCaseAt(place);
        work.start("TRANSFER").note("是小区电梯问题，属市场监管").department("泽州县市场监督管理局").confirmAndLeave();
        assertFalse(work.queueShows(place), "the case left the handler's queue");
        signOut();

        TrackPage track = TrackPage.open(browser).track(receipt[0], receipt[1]);
        assertEquals(browser.text("track.department", "泽州县市场监督管理局"), track.department());
        assertTrue(track.steps().contains("是小区电梯问题，属市场监管"), track.steps());
    }

    @Test
    void aRefusal_goesToTheSafetyCommitteeOffice_whichDecides() {
        String place = "示例巷" + UUID.randomUUID().toString().substring(0, 6);
        String[] receipt = report(place);

        asHandler("case.gas1").openCaseAt(place).start("REFUSE").note("该处为工业燃气，不属本局")
                .confirm(browser.text("case.status.DISPUTED"));
        signOut();

        asHandler("case.committee").openCaseAt(place).start("DECIDE_DISPUTE").note("经协调，由城市管理局办理")
                .department("泽州县城市管理局").confirmAndLeave();
        signOut();

        TrackPage track = TrackPage.open(browser).track(receipt[0], receipt[1]);
        assertEquals(browser.text("track.department", "泽州县城市管理局"), track.department());
        assertTrue(track.steps().contains("经协调，由城市管理局办理"), track.steps());
    }

    /** An anonymous gas report in Zezhou (routed to its urban management bureau); answers its code and PIN. */
    private String[] report(String place) {
        ReportPage report = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address(place + "1号").describe("小区门口燃气管道被占压，有燃气味。");
        report.submit();
        String[] receipt = {report.receiptCode(), report.receiptPin()};
        assertTrue(report.receiptDepartment().contains("泽州县城市管理局"), report.receiptDepartment());
        return receipt;
    }

    private CaseWorkPage asHandler(String username) {
        LoginPage.open(browser).signInSuccessfully(username, PASSWORD);
        return CaseWorkPage.fromAdminHome(browser);
    }
}
