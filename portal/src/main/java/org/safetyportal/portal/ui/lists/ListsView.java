package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safetyportal.portal.ui.exports.DataDictionaryView;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.portal.ui.completeness.CompletenessView;
import org.safetyportal.portal.ui.ledger.LedgerView;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.portal.ui.readers.AdvertisesFeed;

/** 三清单: every department that has published its lists, by area. */
@Route(value = "lists")
@AnonymousAllowed
@PortalSection(title = "nav.lists", icon = VaadinIcon.LIST, order = 10)
@Prototype
public class ListsView extends VerticalLayout implements HasDynamicTitle, AdvertisesFeed {

    static final String FEED = "/feeds/lists.atom";

    ListsView(ListCatalogue catalogue) {
        addClassName("lists-view");
        H1 heading = new H1(getTranslation("section.lists.title"));
        heading.setId("section-heading");
        Anchor feed = new Anchor(FEED, getTranslation("feeds.link"));
        feed.setId("lists-feed");
        feed.setRouterIgnore(true);
        RouterLink dictionary = new RouterLink(getTranslation("exports.dictionary.link"), DataDictionaryView.class);
        dictionary.setId("data-dictionary-link");
        RouterLink items = new RouterLink(getTranslation("lists.items.link"), ListItemsView.class);
        items.setId("items-link");
        RouterLink completeness = new RouterLink(getTranslation("completeness.link"), CompletenessView.class);
        completeness.setId("completeness-link");
        add(heading, new Paragraph(getTranslation("section.lists.purpose")),
                linkRow(new Div(new RouterLink(getTranslation("ledger.link"), LedgerView.class), feed, dictionary, items, completeness)));
        List<ListVersion> current = catalogue.current();
        if (current.isEmpty()) {
            add(new Paragraph(getTranslation("lists.noneYet")));
            return;
        }
        Map<Area, Map<Department, List<ListVersion>>> byArea = current.stream().collect(Collectors.groupingBy(
                v -> v.department().area(), LinkedHashMap::new,
                Collectors.groupingBy(ListVersion::department, LinkedHashMap::new, Collectors.toList())));
        Div directory = new Div();
        directory.setId("department-directory");
        byArea.forEach((area, departments) -> directory.add(areaSection(area, departments)));
        add(directory);
    }

    @Override
    public String feedPath() {
        return FEED;
    }

    @Override
    public String feedTitle() {
        return getTranslation("feeds.lists.title");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.lists.title") + " · " + getTranslation("app.title");
    }

    private Component areaSection(Area area, Map<Department, List<ListVersion>> departments) {
        UnorderedList list = new UnorderedList();
        departments.forEach((department, versions) -> {
            RouterLink link = new RouterLink(department.name().in(getLocale()), DepartmentListsView.class,
                    new RouteParameters(DepartmentListsView.CODE, department.code()));
            link.setId("department-" + department.code());
            String types = versions.stream().map(v -> getTranslation(v.titleKey()))
                    .distinct().collect(Collectors.joining(getTranslation("lists.separator")));
            Span listTypes = new Span(types);
            listTypes.addClassName("list-types");
            list.add(new ListItem(link, listTypes));
        });
        Div section = new Div(new H2(area.name().in(getLocale())), list);
        section.addClassName("area-section");
        return section;
    }

    /** Links side by side with room between them, wrapping on a phone, never running together. */
    static Div linkRow(Div links) {
        links.addClassName("link-row");
        return links;
    }
}
