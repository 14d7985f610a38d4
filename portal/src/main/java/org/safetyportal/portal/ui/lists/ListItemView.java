package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.safetyportal.content.lists.ItemPermalinks;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import java.util.Arrays;
import java.util.Optional;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.PublishedItem;
import org.safetyportal.content.lists.PublishedItems;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.ListCatalogue;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The permalink of one item of a department's list in force, e.g.
 * {@code /lists/JC-EMERGENCY/RESPONSIBILITY/items/ZR-YJ-001} (an annual list with its year before
 * {@code items}): the item as in force now, its history across versions, and the version-pinned
 * address to cite for exactly what was read.
 */
@Route(value = "lists/:" + ListItemView.DEPARTMENT + "/:" + ListItemView.TYPE + "/items/:" + ListItemView.CODE)
@AnonymousAllowed
@RouteAlias(value = "lists/:" + ListItemView.DEPARTMENT + "/:" + ListItemView.TYPE + "/:" + ListItemView.YEAR + "([0-9]{4})/items/:"
        + ListItemView.CODE)
@Prototype
public class ListItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String DEPARTMENT = "department";
    static final String TYPE = "type";
    static final String YEAR = "year";
    static final String CODE = "code";

    private final PublishedItems items;
    private final OrganizationDirectory organization;
    private final CityClock city;
    private final ListCatalogue catalogue;
    private PublishedItem item;

    ListItemView(PublishedItems items, OrganizationDirectory organization, CityClock city, ListCatalogue catalogue) {
        this.city = city;
        this.catalogue = catalogue;
        this.items = items;
        this.organization = organization;
        addClassName("list-item-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        Optional<ListType> type = parameters.get(TYPE)
                .flatMap(name -> Arrays.stream(ListType.values()).filter(t -> t.name().equals(name)).findFirst());
        Integer year = parameters.get(YEAR).map(Integer::valueOf).orElse(null);
        Optional<PublishedItem> found = type.flatMap(t -> items.inForce(parameters.get(DEPARTMENT).orElse(""), t, year,
                parameters.get(CODE).orElse(null)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        item = found.get();
        removeAll();
        ItemDetails details = new ItemDetails(this, organization.sectors(), getLocale(), city.zone());
        Anchor cite = new Anchor(ItemPermalinks.inVersion(item.version(), item.code()), getTranslation("lists.item.citeThisVersion"));
        cite.setId("item-cite-version");
        RouterLink all = new RouterLink(getTranslation("lists.items.link"), ListItemsView.class);
        add(details.heading(item), details.source(item, getLocale()), ListsView.linkRow(new Div(cite, all)),
                details.fields(item, city.today()),
                details.history(items.history(item.version(), item.code())), details.provenance(item.version()));
        ListVersion version = item.version();
        catalogue.announced(version.department().id(), version.type(), version.year()).ifPresent(next -> {
            Paragraph announced = new Paragraph(getTranslation("lists.item.announcedNotice", VersionSummary.title(this, next),
                    String.valueOf(next.effectiveDate())));
            announced.setId("item-announced-notice");
            announced.addClassName("coming-soon-status");
            Anchor read = new Anchor(ItemPermalinks.inVersion(next, item.code()), getTranslation("lists.announcedRead"));
            read.addClassName("announced-link"); // kept apart from the sentence before it
            announced.add(read);
            addComponentAtIndex(2, announced);
        });
    }

    @Override
    public String getPageTitle() {
        return item == null ? getTranslation("lists.items.title") : item.code() + " " + item.item().title();
    }
}
