package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.DepartmentListsPage;
import org.safetyportal.portal.e2e.pages.HomePage;
import org.safetyportal.portal.e2e.pages.ListItemPage;
import org.safetyportal.portal.e2e.pages.NotFoundPage;
import org.safetyportal.portal.e2e.pages.PlainPage;
import org.safetyportal.portal.e2e.pages.ScreenWidth;
import org.safetyportal.portal.e2e.pages.SectionPage;

/** What any visitor sees, without signing in. */
class PublicSiteIT extends BrowserJourney {

    @Test
    void visitor_seesTheHomePageInChineseWithTheSectorsAndWhoSupervisesThem() {
        HomePage home = HomePage.open(browser);

        assertEquals(browser.text("home.heading"), home.heading());
        assertEquals(browser.text("app.title"), home.title());
        assertTrue(home.showsSector("煤矿"), "the seeded sectors are listed");
        assertEquals("zh-CN", home.language());
    }

    @Test
    void visitor_switchesToEnglish_andTheChoiceSticks() {
        HomePage home = HomePage.open(browser);
        home.switchLanguage();
        browser.expectLanguage(SupportedLocales.ENGLISH);

        assertEquals(browser.text("home.heading"), home.heading());
        assertTrue(home.showsSector("Coal mines"));

        HomePage again = HomePage.open(browser);
        assertEquals(browser.text("home.heading"), again.heading(), "remembered in a cookie");
        assertEquals("中文", again.languageSwitchText());

        again.switchLanguage();
        browser.expectLanguage(SupportedLocales.CHINESE);
        assertEquals(browser.text("home.heading"), again.heading());
    }

    @Test
    void visitor_canAskForEnglishInTheAddress() {
        SectionPage report = SectionPage.open(browser, "/report?lang=en");
        browser.expectLanguage(SupportedLocales.ENGLISH);

        assertEquals(browser.text("section.report.title"), report.heading());
    }

    @Test
    void visitor_seesEverySectionEvenWhereItIsNotOpenYet() {
        for (String section : new String[] {"lists", "inspections", "education", "report", "track"}) {
            assertEquals(browser.text("section." + section + ".title"), SectionPage.open(browser, "/" + section).heading());
        }
    }

    @Test
    void visitor_onANarrowPhone_canUseThePageWithoutSidewaysScrolling() {
        browser.resize(360, 740);
        HomePage home = HomePage.open(browser);

        assertEquals(browser.text("home.heading"), home.heading());
        ScreenWidth width = home.width();
        assertTrue(width.fits(), width.toString());
        assertTrue(home.showsLanguageSwitch());
    }

    @Test
    void visitor_followingABrokenLink_getsATranslatedNotFoundPage() {
        NotFoundPage page = NotFoundPage.open(browser, "/no-such-page");

        assertEquals(browser.text("error.404.title"), page.heading());
    }

    /**
     * The last item of a long list is reached by scrolling down; the item's page must open at its top
     * with its heading in view, not at the scroll position of the page the link was on.
     */
    @Test
    void visitor_followingALinkFarDownAPage_landsAtTheTopOfTheNextPage() {
        ListItemPage item = DepartmentListsPage.open(browser, "JC-ENERGY").openLastItem("RESPONSIBILITY");

        assertTrue(item.heading().startsWith(item.code()), item.heading());
        double top = item.headingTop();
        double navbar = item.navbarBottom();
        assertTrue(top >= navbar, "the heading sits below the navbar, not above it: " + top + " < " + navbar);
    }

    @Test
    void aReaderWithoutJavaScript_readsADepartmentsLists_andFollowsAnItemsPermalink() {
        try (Browser reader = Browser.withoutJavaScript(portal, SupportedLocales.CHINESE)) {
            PlainPage page = PlainPage.open(reader, portal, "/lists/department/JC-ENERGY");

            WebElement heading = page.heading();
            assertTrue(heading.isDisplayed(), "the page is shown without JavaScript");
            assertEquals("晋城市能源局", heading.getText());
            page.followLink("ZR-NY-001");

            assertEquals(portal.url("/lists/JC-ENERGY/RESPONSIBILITY/items/ZR-NY-001"), page.address());
            assertTrue(page.mainText().contains("ZR-NY-001"));
        }
    }

    @Test
    void withJavaScript_thePlainCopyGivesWayToTheLivePage() {
        DepartmentListsPage department = DepartmentListsPage.open(browser, "JC-ENERGY");

        assertFalse(department.showsThePlainCopy(), "the copy for readers without JavaScript is gone");
        assertEquals(1, department.headings(), "one page, one heading");
    }
}
