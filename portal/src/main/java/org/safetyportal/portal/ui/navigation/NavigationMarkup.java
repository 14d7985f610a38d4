package org.safetyportal.portal.ui.navigation;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The side navigation's items as markup, made once per language and set of sections. Every page of every
 * visitor shows the navigation; as components it cost each session some thirty elements with their listeners,
 * though the web component needs nothing from the server: it finds its current item and navigates by itself.
 * So the frame holds one element and sets these items into it, the same string for every visitor who sees the
 * same sections in the same language.
 */
@Singleton
public class NavigationMarkup {

    /** Languages times the sets of sections that roles open: a few dozen at most; past this, made afresh. */
    private static final int KEPT = 256;

    private final Map<Key, String> made = new ConcurrentHashMap<>();

    private record Key(Locale locale, List<Class<?>> views) {
    }

    /** The items of {@code sections}, named by {@code title} (a section's message key to its text). */
    public String items(Locale locale, List<Sections.SectionEntry> sections, Function<String, String> title) {
        Key key = new Key(locale, sections.stream().<Class<?>>map(Sections.SectionEntry::view).toList());
        String markup = made.get(key);
        if (markup == null) {
            markup = draw(sections, title);
            if (made.size() < KEPT) {
                made.putIfAbsent(key, markup);
            }
        }
        return markup;
    }

    private static String draw(List<Sections.SectionEntry> sections, Function<String, String> title) {
        SideNav nav = new SideNav();
        for (Sections.SectionEntry section : sections) {
            nav.addItem(new SideNavItem(title.apply(section.titleKey()), section.view(),
                    section.declaration().icon().create()));
        }
        StringBuilder items = new StringBuilder();
        nav.getElement().getChildren().forEach(item -> items.append(item.getOuterHTML()));
        return items.toString();
    }
}
