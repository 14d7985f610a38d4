package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import java.util.Optional;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListDiff;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.i18n.Messages;

/** Two published versions of one list side by side: for whoever checks what a department changed. */
@Route(value = "lists/diff/:" + ListDiffView.FROM + "/:" + ListDiffView.TO)
@AnonymousAllowed
@Prototype
public class ListDiffView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String FROM = "from";
    static final String TO = "to";

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
        add(versions(diff), new ListDiffPanel(diff, organization.sectors()));
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

    private Optional<ListVersion> version(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter)
                .filter(id -> id.matches("\\d{1,9}"))
                .flatMap(id -> catalogue.version(Integer.parseInt(id)));
    }
}
