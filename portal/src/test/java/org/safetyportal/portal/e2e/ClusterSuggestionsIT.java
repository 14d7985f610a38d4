package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.ReportPage;
import org.safetyportal.portal.e2e.pages.SessionLeader;
import org.safetyportal.reporting.clusters.LessonSuggestions;

/**
 * Citizens in Lingchuan report forest-fire hazards three times; the session leader of a Lingchuan school then
 * finds the forest-fire lesson suggested on their page, with the count the public register shows, and picks
 * it for a new session with one click. The reports come from an address of their own (127.0.0.21).
 */
class ClusterSuggestionsIT extends BrowserJourney {

    private static final String LEADER = "cs.leader";
    private static final String PASSWORD = "cs-leader-pass-2026";
    private static final String SCHOOL = "示例陵川县第二小学";

    @Test
    void reportsThatClusterInACounty_suggestTheirLessonToItsSchools() {
        new SessionLeader(LEADER, "陵川示例老师", PASSWORD, SCHOOL, "陵川县").registerAsAdministrator(browser).signIn(browser);
        browser.open("/admin/education/sessions");
        assertTrue(browser.all(By.id("cluster-FOREST_FIRE")).isEmpty(), "no cluster before the reports");

        try (Browser citizen = new Browser(portal, SupportedLocales.CHINESE).at("127.0.0.21")) {
            citizen.resize(360, 740);
            for (int i = 1; i <= LessonSuggestions.MIN_CASES; i++) {
                ReportPage report = ReportPage.open(citizen).startReport().category("森林火灾").county("陵川县")
                        .address("示例林场" + i + "号护林点附近").describe("示例：有人在林区边上烧荒，第 " + i + " 次看到。");
                report.submit();
                assertFalse(report.receiptCode().isBlank());
            }
        }

        browser.open("/admin/education/sessions");
        String cluster = browser.byId("cluster-FOREST_FIRE").getText();
        assertTrue(cluster.contains(browser.text("admin.education.suggestions.cluster", "森林火灾", "陵川县",
                LessonSuggestions.WINDOW.toDays(), LessonSuggestions.MIN_CASES)), cluster);
        assertTrue(cluster.contains("森林草原防火"), cluster);
        browser.click("cluster-use-FOREST_FIRE-forest-fire");
        browser.waitForText(By.cssSelector("#session-lesson vaadin-select-value-button"), "森林草原防火：管住火源，不带火种进山");
    }
}
