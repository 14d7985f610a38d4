package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListDiff;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.ui.MainLayout;

/** Two published versions of one list side by side: for whoever checks what a department changed. */
@Route(value = "lists/diff/:" + ListDiffView.FROM + "/:" + ListDiffView.TO, layout = MainLayout.class)
@AnonymousAllowed
@Prototype
public class ListDiffView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String FROM = "from";
    static final String TO = "to";
    private static final List<String> SHOWN_WITH_HEADING = List.of("code", "title");

    private final ListCatalogue catalogue;
    private final OrganizationDirectory organization;
    private ListVersion to;

    ListDiffView(ListCatalogue catalogue, OrganizationDirectory organization) {
        this.catalogue = catalogue;
        this.organization = organization;
        addClassName("list-diff-view");
    }

    /** The address of the comparison of two versions. */
    static RouteParameters parameters(ListVersion from, ListVersion to) {
        return new RouteParameters(new RouteParam(FROM, Integer.toString(from.id())),
                new RouteParam(TO, Integer.toString(to.id())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ListVersion> from = version(event, FROM);
        Optional<ListVersion> found = version(event, TO);
        if (from.isEmpty() || found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        to = found.get();
        removeAll();
        H1 heading = new H1(to.department().name().in(getLocale()) + " · " + getTranslation(to.titleKey()));
        heading.setId("diff-heading");
        add(heading);
        try {
            show(catalogue.diff(from.get().id(), to.id()));
        } catch (ValidationException refused) {
            Paragraph error = new Paragraph(Messages.describe(getLocale(), refused));
            error.setId("diff-error");
            error.addClassName("form-error");
            add(error);
        }
    }

    @Override
    public String getPageTitle() {
        return (to == null ? "" : to.department().name().in(getLocale()) + " · ") + getTranslation("lists.diff.title");
    }

    private void show(ListDiff diff) {
        add(versions(diff), summary(diff));
        DiffValueText text = new DiffValueText(this, organization.sectors(), getLocale());
        section("diff-changed", "lists.diff.changedHeading", diff.changed(), change -> changedItem(change, text));
        section("diff-added", "lists.diff.addedHeading", diff.added(), item -> wholeItem(item, text, "diff-new"));
        section("diff-removed", "lists.diff.removedHeading", diff.removed(), item -> wholeItem(item, text, "diff-old"));
    }

    private Component versions(ListDiff diff) {
        Div versions = new Div(new Span(getTranslation("lists.diff.from")), versionLink(diff.from(), "diff-from"),
                new Span(getTranslation("lists.diff.to")), versionLink(diff.to(), "diff-to"));
        versions.addClassName("diff-versions");
        return versions;
    }

    private RouterLink versionLink(ListVersion version, String id) {
        RouterLink link = new RouterLink(getTranslation("lists.diff.versionLink", VersionSummary.title(this, version),
                String.valueOf(version.effectiveDate())), ListVersionView.class,
                new RouteParameters(ListVersionView.ID, Integer.toString(version.id())));
        link.setId(id);
        return link;
    }

    private Component summary(ListDiff diff) {
        Paragraph summary = new Paragraph(diff.identical() ? getTranslation("lists.diff.identical", diff.unchanged())
                : getTranslation("lists.diff.summary", diff.changed().size(), diff.added().size(), diff.removed().size(),
                        diff.unchanged()));
        summary.setId("diff-summary");
        summary.getElement().setAttribute("role", "status");
        return summary;
    }

    private <T> void section(String id, String headingKey, List<T> entries, Function<T, Component> entry) {
        if (entries.isEmpty()) {
            return;
        }
        Div section = new Div(new H2(getTranslation(headingKey, entries.size())));
        section.setId(id);
        section.addClassName("diff-section");
        entries.forEach(e -> section.add(entry.apply(e)));
        add(section);
    }

    private Component changedItem(ListDiff.ChangedItem change, DiffValueText text) {
        FieldTable table = new FieldTable("lists.diff.field", "lists.diff.old", "lists.diff.new");
        change.fields().forEach(field -> table.addRow(field.field(),
                List.of(text.of(field.field(), field.oldValue()), text.of(field.field(), field.newValue())),
                "diff-old", "diff-new"));
        return item(change.after(), table);
    }

    private Component wholeItem(ListItem listItem, DiffValueText text, String className) {
        FieldTable table = new FieldTable("lists.diff.field", "lists.diff.value");
        listItem.fields().forEach((field, value) -> {
            if (!SHOWN_WITH_HEADING.contains(field) && !text.isEmpty(value)) {
                table.addRow(field, List.of(text.of(field, value)), className);
            }
        });
        return item(listItem, table);
    }

    private Component item(ListItem listItem, FieldTable table) {
        Div item = new Div(new H3(listItem.code() + " " + listItem.title()), table);
        item.addClassName("diff-item");
        item.getElement().setAttribute("data-code", listItem.code());
        return item;
    }

    private Optional<ListVersion> version(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter)
                .filter(id -> id.matches("\\d{1,9}"))
                .flatMap(id -> catalogue.version(Integer.parseInt(id)));
    }
}
