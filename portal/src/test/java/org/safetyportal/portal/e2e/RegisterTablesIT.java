package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.e2e.pages.RegisterTable;
import org.safetyportal.portal.e2e.pages.ScreenWidth;

/**
 * The public registers' tables read as tables at every width: each header sits over its column, no table
 * is wider than its area, and on a phone the few columns that fit show with the rest a tap away.
 */
class RegisterTablesIT extends BrowserJourney {

    private static final List<String[]> REGISTERS = List.of(
            new String[] {"/inspections", "inspections-grid"},
            new String[] {"/hazards", "hazards-grid"},
            new String[] {"/blacklist", "blacklist-grid"},
            new String[] {"/oversight", "oversight-grid"});

    @Test
    void visitor_onDesktopAndLaptopScreens_seesHeadersOverTheirColumns_andTablesThatFit() {
        for (int width : new int[] {1280, 1024}) {
            browser.resize(width, 900);
            for (String[] register : REGISTERS) {
                browser.open(register[0]);
                RegisterTable.Fit fit = RegisterTable.of(browser, register[1]).fit();
                String where = register[0] + " at " + width + " px: " + fit;
                assertTrue(fit.fits(), where);
                assertTrue(fit.columns().size() >= 4, where);
                fit.columns().forEach(column -> assertTrue(column.linedUp(), where + " / " + column));
            }
        }
    }

    @Test
    void visitor_onAPhone_seesTheColumnsThatFit_andTapsARowForTheWholeRecord() {
        browser.resize(390, 844);
        for (String[] register : REGISTERS) {
            browser.open(register[0]);
            RegisterTable table = RegisterTable.of(browser, register[1]);
            RegisterTable.Fit fit = table.fit();
            assertTrue(fit.fits(), register[0] + ": " + fit);
            fit.columns().forEach(column -> assertTrue(column.linedUp(), register[0] + " / " + column));
            assertTrue(table.saysTapForTheRest(), register[0]);
            ScreenWidth page = ScreenWidth.of(browser);
            assertTrue(page.fits(), register[0] + ": " + page);
        }
        browser.open("/inspections");
        RegisterTable inspections = RegisterTable.of(browser, "inspections-grid");
        String card = inspections.tapFirstRow();
        // The columns the phone has no room for are in the card: the inspecting department and the findings.
        assertTrue(card.contains(browser.text("inspections.column.department")), card);
        assertTrue(card.contains(browser.text("inspections.column.findings")), card);
    }

    @Test
    void visitor_onADepartmentPage_readsEachListAsATableThatFits() {
        for (int width : new int[] {1280, 1024, 390}) {
            browser.resize(width, 900);
            browser.open("/lists/department/JC-EMERGENCY");
            for (String type : new String[] {"POWER", "RESPONSIBILITY", "ANNUAL_TASKS"}) {
                RegisterTable.Fit fit = RegisterTable.of(browser, "items-" + type).fit();
                String where = type + " at " + width + " px: " + fit;
                assertTrue(fit.fits(), where);
                fit.columns().forEach(column -> assertTrue(column.linedUp(), where + " / " + column));
            }
            ScreenWidth page = ScreenWidth.of(browser);
            assertTrue(page.fits(), "department page at " + width + ": " + page);
        }
    }
}
