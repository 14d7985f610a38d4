package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.HomePage;

/** What any visitor sees, without signing in. */
class PublicSiteIT extends BrowserJourney {

    @Test
    void visitor_seesTheHomePageInChineseWithTheSectorsAndWhoSupervisesThem() {
        HomePage home = HomePage.open(browser);

        assertEquals(browser.text("home.heading"), home.heading());
        assertEquals(browser.text("app.title"), browser.driver().getTitle());
        assertTrue(home.showsSector("煤矿"), "the seeded sectors are listed");
        assertEquals("zh-CN", browser.script("return document.documentElement.lang"));
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
        browser.open("/report?lang=en");
        browser.expectLanguage(SupportedLocales.ENGLISH);

        assertEquals(browser.text("section.report.title"), browser.byId("section-heading").getText());
    }

    @Test
    void visitor_seesEverySectionEvenWhereItIsNotOpenYet() {
        for (String section : new String[] {"lists", "inspections", "education", "report", "track"}) {
            browser.open("/" + section);
            assertEquals(browser.text("section." + section + ".title"), browser.byId("section-heading").getText());
        }
    }

    @Test
    void visitor_onANarrowPhone_canUseThePageWithoutSidewaysScrolling() {
        browser.resize(360, 740);
        HomePage home = HomePage.open(browser);

        assertEquals(browser.text("home.heading"), home.heading());
        long pageWidth = (Long) browser.script("return document.documentElement.scrollWidth");
        long viewport = (Long) browser.script("return window.innerWidth");
        assertTrue(pageWidth <= viewport, "page " + pageWidth + "px wide in a " + viewport + "px window");
        assertTrue(browser.byId("language-switch").isDisplayed());
    }

    @Test
    void visitor_followingABrokenLink_getsATranslatedNotFoundPage() {
        browser.open("/no-such-page");

        assertEquals(browser.text("error.404.title"), browser.byId("not-found").getText());
    }

    /**
     * The last item of a long list is reached by scrolling down; the item's page must open at its top
     * with its heading in view, not at the scroll position of the page the link was on.
     */
    @Test
    void visitor_followingALinkFarDownAPage_landsAtTheTopOfTheNextPage() {
        browser.open("/lists/department/JC-ENERGY");
        List<WebElement> links = browser.all(By.cssSelector("#list-RESPONSIBILITY .item-link"));
        WebElement last = links.get(links.size() - 1);
        String code = last.getText().strip();
        browser.click(last);
        WebElement heading = browser.byId("item-heading");
        assertTrue(heading.getText().startsWith(code), heading.getText());
        Number top = (Number) browser.script("return arguments[0].getBoundingClientRect().top", heading);
        Number navbar = (Number) browser.script("return document.querySelector('vaadin-app-layout').shadowRoot"
                + ".querySelector('[part=navbar]').getBoundingClientRect().bottom");
        assertTrue(top.doubleValue() >= navbar.doubleValue(), "the heading sits below the navbar, not above it: " + top + " < " + navbar);
    }

    @Test
    void aReaderWithoutJavaScript_readsADepartmentsLists_andFollowsAnItemsPermalink() {
        try (Browser reader = Browser.withoutJavaScript(portal, SupportedLocales.CHINESE)) {
            reader.driver().get(portal.url("/lists/department/JC-ENERGY"));

            WebElement heading = reader.driver().findElement(By.cssSelector("#page-for-readers main h1"));
            assertTrue(heading.isDisplayed(), "the page is shown without JavaScript");
            assertEquals("晋城市能源局", heading.getText());
            reader.driver().findElement(By.linkText("ZR-NY-001")).click();

            assertEquals(portal.url("/lists/JC-ENERGY/RESPONSIBILITY/items/ZR-NY-001"), reader.driver().getCurrentUrl());
            assertTrue(reader.driver().findElement(By.cssSelector("#page-for-readers main")).getText().contains("ZR-NY-001"));
        }
    }

    @Test
    void withJavaScript_thePlainCopyGivesWayToTheLivePage() {
        browser.open("/lists/department/JC-ENERGY");

        assertTrue(browser.all(By.id("page-for-readers")).isEmpty(), "the copy for readers without JavaScript is gone");
        assertEquals(1, browser.all(By.tagName("h1")).size(), "one page, one heading");
    }
}
