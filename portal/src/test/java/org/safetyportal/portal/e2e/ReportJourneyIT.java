package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.e2e.pages.CaseWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.ReportPage;
import org.safetyportal.portal.e2e.pages.TrackPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * Citizens report hazards from a phone, with photos, and follow them with the receipt's code and PIN;
 * hostile uploads are refused in words; the handler sees the photos.
 */
class ReportJourneyIT extends BrowserJourney {

    private static final String HANDLER = "photo.gas";
    private static final String HANDLER_PASSWORD = "photo-pass-1";
    private static boolean handlerCreated;
    private final TestPhotos photos = new TestPhotos();

    @Test
    void anonymousCitizen_onA360pxPhone_reportsAHazard_getsACode_andTracksIt() {
        browser.resize(360, 740);
        ReportPage report = ReportPage.open(browser);
        assertEquals("tel:119", report.callLink("119"));
        assertEquals("tel:12350", report.callLink("12350"));
        assertTrue(report.callLinkVisible("120"));

        report.startReport().category("燃气").county("泽州县").township("南村镇")
                .address("南村镇示例街8号示例小区门口").describe("小区门口的燃气管道被货车占压，能闻到燃气味。");
        report.submit();

        String code = report.receiptCode();
        String pin = report.receiptPin();
        assertTrue(code.matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{5}"), code);
        assertTrue(pin.matches("\\d{6}"), pin);
        assertTrue(report.receiptDepartment().contains("泽州县"), report.receiptDepartment());
        assertTrue(report.whyThisDepartment().contains("责任清单"), report.whyThisDepartment());
        assertNoSidewaysScrolling();

        TrackPage track = TrackPage.open(browser).track(code.toLowerCase(), pin);
        assertEquals(browser.text("track.status", browser.text("case.status.SUBMITTED")), track.status());
        assertTrue(track.steps().contains(browser.text("case.action.SUBMIT")), track.steps());
        assertNoSidewaysScrolling();
    }

    @Test
    void aWrongPinOrAWrongCode_getTheSameWords() {
        ReportPage report = ReportPage.open(browser).startReport().category("消防").county("高平市")
                .address("示例商场后门").describe("消防通道被杂物堵死。");
        report.submit();
        String code = report.receiptCode();
        String pin = report.receiptPin();
        String wrongPin = pin.equals("000000") ? "111111" : "000000";

        String byPin = TrackPage.open(browser).track(code, wrongPin).error();
        String byCode = TrackPage.open(browser).track("ABCD-EFGH-JKLMN", pin).error();

        assertEquals(browser.text("tracking.notFound"), byPin);
        assertEquals(byPin, byCode);
    }

    @Test
    void hostileInput_isAnsweredInWords_andScriptTagsStayText() {
        ReportPage report = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address("<script>alert('x')</script>示例路1号");

        report.paste("险".repeat(4001)).submit();
        assertEquals(browser.text("reports.description.tooLong", 4000), report.error());

        report.describe("有燃气味").creditCode("91140525MA0K1234X").submit();
        assertEquals(browser.text("reports.creditCode.invalid"), report.error());

        report.creditCode("").submit();
        String code = report.receiptCode();
        String pin = report.receiptPin();
        TrackPage track = TrackPage.open(browser).track(code, pin);
        assertTrue(track.caseText().contains("<script>alert('x')</script>示例路1号"), track.caseText());
        assertEquals(0L, browser.script("return document.querySelectorAll('#tracked-case script').length"));
    }

    @Test
    void aFloodFromOnePhone_isSlowedDownInWords_withTheHotlineOffered() {
        browser.driver().manage().deleteCookieNamed("sp-device");
        for (int i = 1; i <= 5; i++) {
            ReportPage report = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                    .address("示例路" + i + "号").describe("第" + i + "处闻到燃气味。");
            report.submit();
            assertTrue(report.receiptCode().matches("[2-9A-HJ-NP-Z-]{15}"), report.receiptCode());
        }
        assertTrue(browser.driver().manage().getCookieNamed("sp-device").isHttpOnly());

        ReportPage sixth = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address("示例路6号").describe("第6处闻到燃气味。");
        sixth.submit();

        String[] around = browser.text("report.limit.device.1", 5, "§").split("§");
        String refusal = sixth.error();
        assertTrue(refusal.startsWith(around[0]) && refusal.endsWith(around[1]), refusal);
        assertTrue(refusal.contains("12350"), refusal);
    }

    @Test
    void anonymousCitizen_onA360pxPhone_reportsWithAPhoto_getsACodeAndAQrCode_andTheHandlerSeesThePhoto() {
        createHandlerOnce();
        String place = "示例照片路" + UUID.randomUUID().toString().substring(0, 6);
        browser.resize(360, 740);
        ReportPage report = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address(place + "3号").describe("燃气表箱锈穿，附照片。");
        report.attachPhoto(photos.jpeg("meter.jpg", 1600, 1200));
        assertEquals(1, report.photoCount(), report.photoMessage());
        assertTrue(report.thumbnailsLoaded());
        assertNoSidewaysScrolling();
        report.submit();

        String code = report.receiptCode();
        String pin = report.receiptPin();
        assertTrue(report.receiptQrCodeLoaded());
        String qr = report.receiptQrCodeText();
        assertTrue(qr.matches("http://[^/?]+/track\\?code=" + code.replace("-", "")), "the code only, never the PIN: " + qr);
        String file = report.downloadedReceipt();
        assertTrue(file.contains(code) && file.contains(pin), file);
        assertTrue(file.contains("/track?code=" + code.replace("-", "")), file);
        assertNoSidewaysScrolling();
        browser.resize(1280, 900);

        LoginPage.open(browser).signInSuccessfully(HANDLER, HANDLER_PASSWORD);
        CaseWorkPage work = CaseWorkPage.fromAdminHome(browser).openCaseAt(place);
        assertTrue(work.photosLoaded(1));
        byte[] photo = work.photo(1);
        assertEquals(0xFF, photo[0] & 0xFF);
        assertEquals(0xD8, photo[1] & 0xFF);
        assertFalse(new String(photo, StandardCharsets.ISO_8859_1).contains("Exif"));
        signOut();
    }

    @Test
    void hostileUploads_areRefusedInWords_andASixthPhotoIsNotTaken() {
        ReportPage report = ReportPage.open(browser).startReport();

        report.attachPhoto(photos.phpNamedJpg());
        assertEquals(browser.text("reports.photo.notImage"), report.photoMessage());
        report.attachPhoto(photos.fiftyMegabytes());
        assertEquals(browser.text("reports.photo.tooLarge", 10), report.photoMessage());
        report.attachPhoto(photos.pngBomb());
        assertEquals(browser.text("reports.photo.tooManyPixels", 50), report.photoMessage());
        assertEquals(0, report.photoCount());

        for (int i = 1; i <= 5; i++) {
            report.attachPhoto(photos.jpeg("photo" + i + ".jpg", 320 + i, 240));
        }
        assertEquals(5, report.photoCount(), report.photoMessage());
        report.attachPhoto(photos.jpeg("photo6.jpg", 400, 300));
        assertEquals(browser.text("reports.photo.tooMany", 5), report.photoMessage());
        assertEquals(5, report.photoCount());
    }

    @Test
    void aSecondReportOfTheSameHazard_isOfferedTheFirstCase_supportsIt_andTheCaseCountsOneSupporter() {
        createHandlerOnce();
        String token = UUID.randomUUID().toString().substring(0, 6);
        String place = "示例占压路" + token;
        ReportPage first = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address(place + "1号").describe("燃气管道被货车占压，闻到燃气味。");
        first.submit();
        first.receiptCode();
        // Only published words are compared: the handler's public note is what the second visitor's words meet.
        String published = place + "燃气管道被货车占压，已受理";
        LoginPage.open(browser).signInSuccessfully(HANDLER, HANDLER_PASSWORD);
        CaseWorkPage.fromAdminHome(browser).openCaseAt(place).start("ACCEPT").note(published)
                .confirm(browser.text("case.status.ACCEPTED"));
        signOut();

        ReportPage second = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address(place + "3号").describe(place + "有货车压着燃气管道，燃气味很重")
                .submitExpectingSimilarCases();
        String number = second.offeredCases().stream().filter(n -> second.offeredSummary(n).contains(token))
                .findFirst().orElseThrow(() -> new AssertionError("the first case is not offered"));
        assertEquals(published, second.offeredSummary(number));
        String confirmation = second.support(number);

        assertEquals(browser.text("report.supported.text", number), confirmation);
        assertFalse(second.receiptShown(), "no receipt: no new report was made");
        assertEquals("cases/" + number, second.supportedCaseLink());
        browser.click("support-case-link");
        assertEquals("1", browser.byId("case-supports").getText());
        assertTrue(browser.byId("case-steps").getText().contains(browser.text("case.action.SUPPORT")));
    }

    private void createHandlerOnce() {
        if (handlerCreated) {
            return;
        }
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser(HANDLER, "照片示例", HANDLER_PASSWORD, "CASE_HANDLER", "泽州县城市管理局");
        users.waitForUser(HANDLER);
        signOut();
        handlerCreated = true;
    }

    private void assertNoSidewaysScrolling() {
        long pageWidth = (Long) browser.script("return document.documentElement.scrollWidth");
        long viewport = (Long) browser.script("return window.innerWidth");
        assertTrue(pageWidth <= viewport, "page " + pageWidth + "px wide in a " + viewport + "px window");
    }
}
