package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.pages.ListWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * A publisher imports a list from the Excel template: a workbook with a bad row is refused with the
 * row and column named, a good one replaces the draft's items; the reviewer publishes it and the
 * old version shows which version amended it; the list is then repealed under four eyes and its
 * last version says so. A publisher then posts progress on an annual task,
 * which the public version page and the feed show at once.
 */
class ListImportIT extends BrowserJourney {

    private static final String URBAN = "晋城市城市管理局";
    private static final String EMERGENCY = "晋城市应急管理局";
    private static final String NEW_TITLE = "负责城镇燃气安全监督管理，开展燃气安全专项整治和瓶装液化石油气治理";
    private static final String REPEAL_REASON = "职责调整，燃气监管职责并入示例综合执法清单";
    private static final String PROGRESS = "已完成全市中小学“五进”安全教育示例宣讲 36 场";

    @Test
    void publisherImportsAWorkbook_badRowRefusedByRowAndColumn_goodOneReplacesTheDraft_oldVersionMarkedAmended()
            throws IOException {
        createPublisherAndReviewer("imp.pub", "韩示例", "imp.rev", "郭示例", URBAN);

        LoginPage.open(browser).signInSuccessfully("imp.pub", PUBLISHER_PASSWORD);
        ListWorkPage.fromTools(browser).startDraft("lists.type.RESPONSIBILITY");

        byte[] template = browser.fetch(browser.byId("download-template"));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet items = workbook.getSheet("items");
            assertEquals(browser.text("lists.field.sectors") + " *", items.getRow(0).getCell(2).getStringCellValue());
            assertEquals("sectors", items.getRow(1).getCell(2).getStringCellValue());
            // The template holds the draft's items as they stand: the version in force, every field.
            assertEquals("ZR-CG-001", items.getRow(2).getCell(0).getStringCellValue());
            assertEquals("GAS;MUNICIPAL_UTILITIES", items.getRow(2).getCell(2).getStringCellValue());
        }

        // A workbook that lost a column's values would empty that field: the editor says so before submitting.
        upload(withoutColumn(template, 5));
        browser.waitForText(By.id("draft-emptied-fields"), browser.text("admin.lists.emptiedField",
                browser.text("lists.field.accountability"), 1));

        upload(filled(template,
                List.of("ZR-CG-001", NEW_TITLE, "燃气", "《城镇燃气管理条例》", "市城市管理局燃气科", "未履行监管职责的，依法追责"),
                List.of("ZR-CG-002", "负责市政公用设施运行安全监管", "不存在的行业", "《安全生产法》", "市城市管理局市政科", "")));
        browser.waitForText(By.id("import-problems"), browser.text("admin.lists.import.problemAt", "C",
                browser.text("lists.field.sectors"), browser.text("lists.item.sector.unknown", 4, "不存在的行业")));
        assertTrue(!browser.byId("editor-items").getText().contains(NEW_TITLE), "a refused workbook changes nothing");

        upload(filled(template,
                List.of("ZR-CG-001", NEW_TITLE, "燃气", "《城镇燃气管理条例》", "市城市管理局燃气科", "未履行监管职责的，依法追责"),
                List.of("ZR-CG-002", "负责市政公用设施运行安全监管", "MUNICIPAL_UTILITIES", "《安全生产法》", "市城市管理局市政科", "")));
        browser.waitForText(By.id("editor-items"), NEW_TITLE);
        browser.waitForText(By.id("editor-items"), "ZR-CG-002");
        assertTrue(browser.all(By.id("draft-emptied-fields")).isEmpty(), "every field the version in force fills is filled again");
        browser.click("submit-version");
        browser.waitForText(By.id("editor-status"), browser.text("lists.status.SUBMITTED"));
        signOut();

        LoginPage.open(browser).signInSuccessfully("imp.rev", REVIEWER_PASSWORD);
        ListWorkPage.open(browser).publishSubmitted(URBAN, "2026-12-01", "lists.changeReason.LAW_CHANGE");
        signOut();

        browser.open("/lists/department/JC-URBAN_MANAGEMENT");
        browser.waitForText(By.id("list-RESPONSIBILITY"), NEW_TITLE);
        List<WebElement> history = browser.all(By.cssSelector("#list-RESPONSIBILITY .list-history li a"));
        browser.click(history.get(history.size() - 1));
        browser.waitForText(By.id("amended-by"), browser.text("lists.amendedBy", 2, "2026-12-01",
                browser.text("lists.changeReason.LAW_CHANGE")));

        // The department then abolishes the list: the publisher asks, the reviewer publishes the repeal.
        LoginPage.open(browser).signInSuccessfully("imp.pub", PUBLISHER_PASSWORD);
        browser.open("/admin/lists");
        browser.script("const picker = document.getElementById('repeal-date');"
                + "picker.value = '2026-12-31';"
                + "picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));");
        WebTextArea.replace(browser, "repeal-reason", REPEAL_REASON);
        browser.click("request-repeal");
        browser.waitForText(By.id("repeals"), REPEAL_REASON);
        assertTrue(browser.all(By.cssSelector("[id^=approve-repeal-]")).isEmpty(), "a publisher cannot approve");
        signOut();

        LoginPage.open(browser).signInSuccessfully("imp.rev", REVIEWER_PASSWORD);
        browser.open("/admin/lists");
        browser.click(browser.find(By.cssSelector("[id^=approve-repeal-]")));
        signOut();

        browser.open("/lists/department/JC-URBAN_MANAGEMENT");
        browser.waitForText(By.id("list-RESPONSIBILITY"), browser.text("lists.repealedList"));
        browser.click(browser.all(By.cssSelector("#list-RESPONSIBILITY .list-history li a")).get(0));
        browser.waitForText(By.id("repealed-notice"), browser.text("lists.repealedNotice", "2026-12-31", REPEAL_REASON));
        browser.open("/feeds/departments/JC-URBAN_MANAGEMENT.atom");
        assertTrue(browser.driver().getPageSource().contains(REPEAL_REASON), "the department feed has the repeal");
    }

    @Test
    void aPublisherPostsProgressOnAnAnnualTask_andThePublicSeesItAtOnce() {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser("progress.pub", "秦示例", PUBLISHER_PASSWORD, "PUBLISHER", EMERGENCY);
        users.waitForUser("progress.pub");
        signOut();

        LoginPage.open(browser).signInSuccessfully("progress.pub", PUBLISHER_PASSWORD);
        browser.click("tool-lists");
        browser.click("progress-item");
        browser.pickOverlayItem("vaadin-combo-box-item", "RW-YJ-2026-02 开展安全教育“五进”活动");
        browser.click("progress-status");
        browser.pickOverlayItem("vaadin-select-item", browser.text("lists.taskStatus.COMPLETED"));
        WebTextArea.replace(browser, "progress-text", PROGRESS);
        browser.click("publish-progress");
        assertEquals("", browser.find(By.cssSelector("#progress-text textarea")).getAttribute("value"), "published and cleared");
        signOut();

        browser.open("/lists/department/JC-EMERGENCY");
        browser.waitForText(By.id("list-ANNUAL_TASKS"), PROGRESS);
        browser.click(browser.all(By.cssSelector("#list-ANNUAL_TASKS .list-history li a")).get(0));
        browser.waitForText(By.id("progress-updates"), PROGRESS);
        String entries = browser.find(By.cssSelector("#progress-updates .ledger-entries-link")).getAttribute("href");
        assertTrue(entries.contains("/ledger/entries?subject=task-progress"), "the update links to its ledger entries: " + entries);
        browser.open("/feeds/lists.atom");
        assertTrue(browser.driver().getPageSource().contains(PROGRESS), "the feed has the update");
    }

    /** Chooses a file in the Vaadin upload: its file input lives in the component's shadow DOM or light DOM. */
    private void upload(Path file) {
        WebElement upload = browser.byId("import-upload");
        WebElement input = (WebElement) browser.script("return arguments[0].querySelector('input[type=file]')"
                + " || arguments[0].shadowRoot.querySelector('input[type=file]');", upload);
        input.sendKeys(file.toAbsolutePath().toString());
        browser.settle();
    }

    @SafeVarargs
    private static Path filled(byte[] template, List<String>... rows) throws IOException {
        Path file = Files.createTempFile("list-import-", ".xlsx");
        file.toFile().deleteOnExit();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template)); OutputStream out = Files.newOutputStream(file)) {
            Sheet items = workbook.getSheet("items");
            // These rows replace the draft's items that the template carries.
            for (int r = items.getLastRowNum(); r >= 2; r--) {
                if (items.getRow(r) != null) {
                    items.removeRow(items.getRow(r));
                }
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = items.createRow(r + 2);
                for (int c = 0; c < rows[r].size(); c++) {
                    if (!rows[r].get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows[r].get(c));
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** The template as downloaded, with one column's values left out of every item. */
    private static Path withoutColumn(byte[] template, int column) throws IOException {
        Path file = Files.createTempFile("list-import-", ".xlsx");
        file.toFile().deleteOnExit();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template)); OutputStream out = Files.newOutputStream(file)) {
            Sheet items = workbook.getSheet("items");
            for (int r = 2; r <= items.getLastRowNum(); r++) {
                Row row = items.getRow(r);
                if (row != null && row.getCell(column) != null) {
                    row.removeCell(row.getCell(column));
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
