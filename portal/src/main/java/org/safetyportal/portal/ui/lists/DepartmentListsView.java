package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.TaskProgressUpdates;
import org.safetyportal.content.lists.VersionStatus;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.portal.ui.oversight.DepartmentOversight;
import org.safetyportal.portal.ui.readers.AdvertisesFeed;
import org.safetyportal.portal.ui.readers.RegisterColumns;

/** One department's lists in force, each with its items and the versions before it. */
@Route(value = "lists/department/:" + DepartmentListsView.CODE)
@AnonymousAllowed
@Prototype
public class DepartmentListsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, AdvertisesFeed {

    static final String CODE = "code";

    private final ListCatalogue catalogue;
    private final TaskProgressUpdates progress;
    private final OrganizationDirectory organization;
    private final OversightRegister oversight;
    private final CityClock city;
    private Department department;
    private List<ListVersion> inForce = List.of();

    DepartmentListsView(ListCatalogue catalogue, TaskProgressUpdates progress, OrganizationDirectory organization,
            OversightRegister oversight, CityClock city) {
        this.city = city;
        this.catalogue = catalogue;
        this.progress = progress;
        this.organization = organization;
        this.oversight = oversight;
        addClassName("department-lists-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(CODE).orElse("");
        Optional<Department> found = organization.department(code);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        department = found.get();
        removeAll();
        H1 heading = new H1(department.name().in(getLocale()));
        heading.setId("department-heading");
        Anchor feed = new Anchor(feedPath(), getTranslation("feeds.link"));
        feed.setId("department-feed");
        feed.setRouterIgnore(true);
        add(heading, ListsView.linkRow(new Div(new RouterLink(getTranslation("lists.backToDirectory"), ListsView.class), feed)));
        inForce = catalogue.inForce(department);
        for (ListType type : ListType.values()) {
            add(listSection(type));
        }
        add(new DepartmentOversight(oversight, department, getLocale()));
    }

    @Override
    public String feedPath() {
        return "/feeds/departments/" + department.code() + ".atom";
    }

    @Override
    public String feedTitle() {
        return getTranslation("feeds.department.title", department.name().in(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return (department == null ? "" : department.name().in(getLocale()) + " · ") + getTranslation("section.lists.title");
    }

    /** The newest year of an annual list, or the running series of the others. */
    private Component listSection(ListType type) {
        Div section = new Div(new H2(getTranslation(type.titleKey(department))));
        section.setId("list-" + type.name());
        section.addClassName("list-section");
        Optional<ListVersion> current = inForce.stream().filter(v -> v.type() == type).findFirst();
        catalogue.announced(department).stream().filter(v -> v.type() == type).forEach(v -> section.add(announced(v)));
        if (current.isEmpty()) {
            Optional<ListVersion> repealed = catalogue.publishedBy(department).stream()
                    .filter(v -> v.type() == type && v.status() == VersionStatus.REPEALED).findFirst();
            section.add(new Paragraph(getTranslation(repealed.isPresent() ? "lists.repealedList" : "lists.notPublished")));
            repealed.ifPresent(last -> section.add(history(last)));
            return section;
        }
        ListVersion version = current.get();
        section.add(new VersionSummary(version, city.zone()), new ExportLinks(version),
                RegisterColumns.area(new ListItemsGrid(version, catalogue.items(version), organization.sectors(), getLocale(),
                        progress.latestByItem(version), city.today())), history(version));
        return section;
    }

    /** A version published to take effect later: named, with its date, above the version still in force. */
    private Component announced(ListVersion version) {
        Paragraph notice = new Paragraph(getTranslation("lists.announcedNotice", VersionSummary.title(this, version),
                String.valueOf(version.effectiveDate())));
        notice.setId("announced-" + version.type().name());
        notice.addClassName("announced-notice");
        RouterLink read = new RouterLink(getTranslation("lists.announcedRead"), ListVersionView.class,
                new RouteParameters(ListVersionView.ID, Integer.toString(version.id())));
        read.addClassName("announced-link"); // kept apart from the sentence before it
        notice.add(read);
        return notice;
    }

    private Component history(ListVersion current) {
        List<ListVersion> versions = catalogue.history(department.id(), current.type(), current.year());
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < versions.size(); i++) {
            ListVersion version = versions.get(i);
            ListItem entry = new ListItem(new RouterLink(VersionSummary.title(this, version), ListVersionView.class,
                    new RouteParameters(ListVersionView.ID, Integer.toString(version.id()))));
            if (i + 1 < versions.size()) {
                RouterLink compare = new RouterLink(getTranslation("lists.diff.compareShort"), ListDiffView.class,
                        ListDiffView.parameters(versions.get(i + 1), version));
                compare.addClassName("compare-link");
                entry.add(compare);
            }
            list.add(entry);
        }
        Div history = new Div(new Paragraph(getTranslation("lists.history")), list);
        history.addClassName("list-history");
        return history;
    }
}
