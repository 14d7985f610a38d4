package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.safetyportal.content.lists.ItemPermalinks;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.lists.PublishedItem;
import org.safetyportal.content.lists.PublishedItems;
import org.safetyportal.content.lists.VersionStatus;
import org.safetyportal.content.organization.OrganizationDirectory;

/**
 * One item exactly as one published version holds it, {@code /lists/version/7/items/ZR-YJ-001}: the
 * address media cite, because it never changes, whatever later versions say.
 */
@Route(value = "lists/version/:" + VersionRoute.ID + "/items/:" + ListItemVersionView.CODE)
@AnonymousAllowed
@Prototype
public class ListItemVersionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final PublishedItems items;
    private final OrganizationDirectory organization;
    private final CityClock city;
    private PublishedItem item;

    ListItemVersionView(PublishedItems items, OrganizationDirectory organization, CityClock city) {
        this.city = city;
        this.items = items;
        this.organization = organization;
        addClassName("list-item-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PublishedItem> found = event.getRouteParameters().get(VersionRoute.ID)
                .filter(id -> id.matches("\\d{1,9}"))
                .flatMap(id -> items.inVersion(Integer.parseInt(id), event.getRouteParameters().get(CODE).orElse(null)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        item = found.get();
        removeAll();
        ItemDetails details = new ItemDetails(this, organization.sectors(), getLocale(), city.zone());
        add(details.heading(item), details.source(item, getLocale()));
        if (item.version().status() == VersionStatus.ANNOUNCED) {
            Paragraph announced = new Paragraph(getTranslation("lists.announcedVersionNotice",
                    String.valueOf(item.version().effectiveDate())));
            announced.setId("announced-notice");
            announced.addClassName("coming-soon-status");
            add(announced);
        }
        if (item.version().status() == VersionStatus.SUPERSEDED) {
            Paragraph superseded = new Paragraph(getTranslation("lists.item.supersededNotice"));
            superseded.setId("superseded-notice");
            superseded.addClassName("coming-soon-status");
            add(superseded);
        }
        Div links = new Div();
        items.inForce(item.version().department().code(), item.version().type(), item.version().year(), item.code())
                .ifPresent(inForce -> {
                    Anchor current = new Anchor(ItemPermalinks.inForce(inForce.version(), inForce.code()),
                            getTranslation("lists.item.inForceLink"));
                    current.setId("item-in-force");
                    links.add(current);
                });
        add(links, details.fields(item, city.today()), details.provenance(item.version()));
    }

    @Override
    public String getPageTitle() {
        return item == null ? getTranslation("lists.items.title")
                : item.code() + " " + item.item().title() + " · " + VersionSummary.title(this, item.version());
    }
}
