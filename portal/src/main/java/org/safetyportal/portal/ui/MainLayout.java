package org.safetyportal.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import io.micronaut.context.annotation.Prototype;
import java.util.Locale;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.i18n.LanguageFilter;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.SignInAddress;
import org.safetyportal.portal.ui.navigation.NavigationMarkup;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.portal.ui.navigation.Sections;
import org.safetyportal.portal.ui.readers.PageForReaders;

/**
 * The portal's frame: title, sections, language switch, staff sign-in, footer. It knows no view: the
 * sections are those the views declare ({@link PortalSection}), shown to whoever may enter them, and
 * every route is drawn in it ({@link Layout}) without naming it.
 */
@Layout
@Prototype
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AccessControl accessControl;
    private final Sections sections;
    private final NavigationMarkup navigation;
    private final Anchor languageSwitch = new Anchor();
    private final Div content = new Div();
    private String shownPath;

    MainLayout(AccessControl accessControl, Sections sections, NavigationMarkup navigation) {
        this.accessControl = accessControl;
        this.sections = sections;
        this.navigation = navigation;
        setPrimarySection(Section.NAVBAR);
        addToNavbar(new DrawerToggle(), createTitle(), createNavbarActions());
        addToDrawer(createNavigation());
        content.addClassName("portal-content");
        Div page = new Div(content, createFooter());
        page.addClassName("portal-page");
        setContent(page);
        // The plain copy of the first page served for readers without JavaScript gives way to the live page.
        getElement().executeJs("const copy = document.getElementById($0); if (copy) { copy.remove(); }", PageForReaders.ID);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Locale other = SupportedLocales.CHINESE.equals(getLocale()) ? SupportedLocales.ENGLISH : SupportedLocales.CHINESE;
        String path = "/" + event.getLocation().getPath();
        languageSwitch.setHref(path + "?" + LanguageFilter.PARAMETER + "=" + other.toLanguageTag());
        if (!path.equals(shownPath)) {
            startAtTheTop();
        }
        shownPath = path;
    }

    /**
     * A new page opens at its top, as a browser opens one. The router resets the window's scroll, but the
     * app layout scrolls its own content area, which would otherwise keep the previous page's position and
     * hide the new page's heading above the fold. A filter that only changes the query keeps the position.
     */
    private void startAtTheTop() {
        getElement().executeJs("const area = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                + "if (area) { area.scrollTop = 0; }");
    }

    private Component createTitle() {
        // The root address, which the home page answers; relative to the page's base, as router links are.
        Anchor title = new Anchor("", getTranslation("app.title"));
        title.addClassName("portal-title");
        title.setId("portal-title");
        return title;
    }

    private Component createNavbarActions() {
        // The globe is also the frame's one icon component: the browser loads the icon set only for a component that
        // uses it, and the navigation's icons are markup (NavigationMarkup).
        Icon globe = VaadinIcon.GLOBE.create();
        globe.addClassName("language-switch-icon");
        languageSwitch.add(globe, new Span(getTranslation("language.switch")));
        languageSwitch.setId("language-switch");
        // A full page load, so the whole page, including the browser's notion of its language, changes.
        languageSwitch.getElement().setAttribute("router-ignore", true);
        Div actions = new Div(languageSwitch);
        actions.addClassName("portal-navbar-actions");
        if (accessControl.isSignedIn()) {
            Span user = new Span(accessControl.username().orElse(""));
            user.setId("signed-in-user");
            Button signOut = new Button(getTranslation("nav.signOut"), click -> signOut());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(user, signOut);
        } else {
            Anchor signIn = new Anchor(SignInAddress.ROUTE, getTranslation("nav.staffSignIn"));
            signIn.setId("staff-sign-in");
            actions.add(signIn);
        }
        return actions;
    }

    private Component createNavigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.getElement().setProperty("innerHTML", navigation.items(getLocale(), sections.open(PortalSection.Place.MENU),
                key -> getTranslation(key)));
        return nav;
    }

    private Component createFooter() {
        Footer footer = new Footer(
                new Paragraph(getTranslation("footer.about")),
                new Paragraph(getTranslation("footer.demo")),
                new Paragraph(getTranslation("footer.emergency")));
        footer.addClassName("portal-footer");
        return footer;
    }

    private void signOut() {
        accessControl.signOut();
        UI.getCurrent().getPage().setLocation("/");
    }
}
