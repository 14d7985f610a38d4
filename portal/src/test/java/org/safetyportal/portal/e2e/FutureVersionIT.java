package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.portal.e2e.pages.ListWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;

/**
 * A version published today to take effect tomorrow does not supersede the version in force (issue 11,
 * item 2): the department's page, the item's page, the lists in force, the API and hazard-report routing
 * keep the old version, and the new one is shown as taking effect on its date.
 */
class FutureVersionIT extends BrowserJourney {

    private static final String DEPARTMENT = "KFQ-URBAN_MANAGEMENT";
    private static final String ITEM = "ZR-KFQCG-001";
    private static final String IN_FORCE_TITLE = "负责开发区城镇燃气安全监督管理";
    private static final String NEW_TITLE = "负责开发区城镇燃气及燃气管网安全监督管理（示例修订）";

    @Test
    void aVersionDatedTomorrow_isAnnounced_andTheVersionInForceStaysInForceEverywhere() throws Exception {
        String bureau = departmentName();
        String tomorrow = LocalDate.now(ZoneId.of(CityClock.DEFAULT_ZONE)).plusDays(1).toString();
        createPublisherAndReviewer("fv.pub", "冯示例", "fv.rev", "魏示例", bureau);

        LoginPage.open(browser).signInSuccessfully("fv.pub", PUBLISHER_PASSWORD);
        ListWorkPage.fromTools(browser).startDraft("lists.type.RESPONSIBILITY").changeTitle(ITEM, NEW_TITLE).submit();
        signOut();
        LoginPage.open(browser).signInSuccessfully("fv.rev", REVIEWER_PASSWORD);
        ListWorkPage.open(browser).publishSubmitted(bureau, tomorrow, "lists.changeReason.LAW_CHANGE");
        browser.byId("publish-confirmation");
        signOut();

        browser.open("/lists/department/" + DEPARTMENT);
        browser.waitForText(By.id("list-RESPONSIBILITY"), IN_FORCE_TITLE);
        String section = browser.byId("list-RESPONSIBILITY").getText();
        assertTrue(browser.byId("announced-RESPONSIBILITY").getText()
                .contains(browser.text("lists.announcedNotice", browser.text("lists.versionNo", 2), tomorrow)), section);
        assertTrue(section.contains(browser.text("lists.status.PUBLISHED")), section);
        assertFalse(browser.find(By.cssSelector("#list-RESPONSIBILITY vaadin-grid")).getText().contains(NEW_TITLE));

        browser.open("/lists/" + DEPARTMENT + "/RESPONSIBILITY/items/" + ITEM);
        assertTrue(browser.byId("item-heading").getText().contains(IN_FORCE_TITLE));
        assertTrue(browser.byId("item-announced-notice").getText().contains(tomorrow));
        browser.click(browser.find(By.cssSelector("#item-announced-notice a")));
        browser.waitForText(By.id("item-heading"), NEW_TITLE);
        assertTrue(browser.byId("announced-notice").getText().contains(tomorrow));
        assertEquals(browser.text("lists.status.ANNOUNCED"), browser.find(By.cssSelector(".version-status")).getText());

        String versions = get("/api/v1/lists/departments/" + DEPARTMENT).body();
        assertTrue(versions.contains("\"status\":\"ANNOUNCED\""), versions);
        assertTrue(versions.contains("\"status\":\"PUBLISHED\""), versions);
        String items = get("/api/v1/lists/items?department=" + DEPARTMENT).body();
        assertTrue(items.contains(IN_FORCE_TITLE) && !items.contains(NEW_TITLE), items);
        HttpResponse<String> routing = get("/api/v1/routing?sector=GAS&area=KFQ");
        assertTrue(routing.body().contains("\"itemCode\":\"" + ITEM + "\""), routing.body());
        assertTrue(routing.body().contains(versionIdOf(versions, "PUBLISHED")), "routed by the version in force: " + routing.body());
        assertTrue(get("/api/v1/ledger/verify").body().startsWith("{\"intact\":true"));
    }

    /** The department's name as the portal shows it, from the open reference data. */
    private String departmentName() throws Exception {
        String departments = get("/api/v1/departments").body();
        Matcher name = Pattern.compile("\"code\":\"" + DEPARTMENT + "\"[^}]*?\"nameZh\":\"([^\"]+)\"").matcher(departments);
        assertTrue(name.find(), departments);
        return name.group(1);
    }

    private static String versionIdOf(String versions, String status) {
        Matcher id = Pattern.compile("\\{\"id\":(\\d+)[^{}]*\"status\":\"" + status + "\"").matcher(versions);
        assertTrue(id.find(), versions);
        return "\"versionId\":" + id.group(1);
    }
}
