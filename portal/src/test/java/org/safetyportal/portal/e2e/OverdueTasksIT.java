package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.portal.e2e.pages.LoginPage;

/**
 * An annual key task past its 完成时限 and not completed reads as overdue (issue 11, item 11), on the
 * department's page, the item's page and in the open data alike; the staff home says what exists.
 */
class OverdueTasksIT extends BrowserJourney {

    /** The emergency bureau's demo task due 2026-11-30, published as 推进中 (IN_PROGRESS). */
    private static final String TASK = "RW-YJ-2026-01";
    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);

    @Test
    void aTaskPastItsDeadline_showsOverdue_notInProgress_onEveryPageAndInTheApi() throws Exception {
        Assumptions.assumeTrue(LocalDate.now(ZoneId.of(CityClock.DEFAULT_ZONE)).isAfter(DEADLINE), "the demo task is due");
        String overdue = browser.text("lists.taskStatus.OVERDUE");

        browser.open("/lists/department/JC-EMERGENCY");
        String row = taskRow();
        assertTrue(row.contains(overdue), row);
        assertFalse(row.contains(browser.text("lists.taskStatus.IN_PROGRESS")), row);

        browser.open("/lists/JC-EMERGENCY/ANNUAL_TASKS/2026/items/" + TASK);
        String fields = browser.byId("item-fields").getText();
        assertTrue(fields.contains(overdue), fields);

        HttpResponse<String> item = get("/api/v1/lists/items/JC-EMERGENCY/ANNUAL_TASKS/" + TASK + "?year=2026");
        assertTrue(item.body().contains("\"taskStanding\":\"OVERDUE\""), item.body());
        assertTrue(item.body().contains("\"taskStatus\":\"IN_PROGRESS\""), "the published status stays as published: " + item.body());
    }

    @Test
    void theStaffHome_doesNotPromiseToolsThatExist() {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        String scope = browser.byId("admin-tools-scope").getText();
        assertEquals(browser.text("admin.moreTools"), scope);
        assertFalse(scope.contains("将随") || scope.contains("陆续上线"), scope);
        signOut();
    }

    /** The text of the task's grid row: the cells of the row that holds the task's code, read through the grid's slots. */
    private String taskRow() {
        By code = By.xpath("//vaadin-grid[contains(@class,'list-items')]//a[normalize-space(text())='" + TASK + "']");
        browser.find(code);
        return (String) browser.script("const cell = arguments[0].closest('vaadin-grid-cell-content');"
                + "const grid = cell.closest('vaadin-grid');"
                + "const row = grid.shadowRoot.querySelector('slot[name=\"' + cell.slot + '\"]').closest('tr');"
                + "return Array.from(row.querySelectorAll('slot'))"
                + ".map(s => s.assignedElements().map(e => e.textContent).join('')).join(' | ');",
                browser.all(code).get(0));
    }
}
