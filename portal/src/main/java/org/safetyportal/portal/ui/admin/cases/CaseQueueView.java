package org.safetyportal.portal.ui.admin.cases;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.reporting.cases.CaseClock;
import org.safetyportal.reporting.cases.CaseFilter;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.cases.HazardCase;

/** The case handler's queue (/admin/cases): the cases of the handler's department and county, and a committee's disputes. */
@Route(value = "admin/cases")
@PortalSection(title = "admin.cases.toolLink", icon = VaadinIcon.INBOX, order = 80, place = PortalSection.Place.STAFF_TOOLS, id = "tool-cases")
@RequiresPermission(Permissions.HANDLE_CASES)
@Prototype
public class CaseQueueView extends VerticalLayout implements HasDynamicTitle {

    private final DateTimeFormatter when;

    private final CaseWork work;
    private final CaseClock clock;
    private final Actor actor;
    private final Select<String> status = new Select<>();
    private final Select<Sector> sector = new Select<>();
    private final Select<Area> county = new Select<>();
    private final Grid<HazardCase> grid = new Grid<>();

    CaseQueueView(CaseWork work, CaseClock clock, AccessControl accessControl, OrganizationDirectory organization,
            CityClock cityClock) {
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(cityClock.zone());
        this.work = work;
        this.clock = clock;
        this.actor = accessControl.actor();
        H1 heading = new H1(getTranslation("cases.queue.title"));
        heading.setId("case-queue-heading");
        add(heading, new Paragraph(getTranslation("cases.queue.intro")), configureFilters(organization), configureGrid());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.queue.title") + " · " + getTranslation("app.title");
    }

    private Div configureFilters(OrganizationDirectory organization) {
        status.setLabel(getTranslation("cases.field.status"));
        status.setId("case-filter-status");
        status.setItems(work.workflow().statuses());
        status.setItemLabelGenerator(code -> code == null ? getTranslation("cases.filter.any") : getTranslation("case.status." + code));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("cases.filter.any"));
        sector.setLabel(getTranslation("cases.field.sector"));
        sector.setId("case-filter-sector");
        sector.setItems(organization.sectors());
        sector.setItemLabelGenerator(s -> s == null ? getTranslation("cases.filter.any") : s.name().in(getLocale()));
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("cases.filter.any"));
        county.setLabel(getTranslation("cases.field.county"));
        county.setId("case-filter-county");
        county.setItems(organization.counties());
        county.setItemLabelGenerator(a -> a == null ? getTranslation("cases.filter.any") : a.name().in(getLocale()));
        county.setEmptySelectionAllowed(true);
        county.setEmptySelectionCaption(getTranslation("cases.filter.any"));
        status.addValueChangeListener(change -> refresh());
        sector.addValueChangeListener(change -> refresh());
        county.addValueChangeListener(change -> refresh());
        Div filters = new Div(status, sector, county);
        filters.addClassName("case-filters");
        return filters;
    }

    private Grid<HazardCase> configureGrid() {
        grid.setId("case-queue");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(c -> {
            RouterLink link = new RouterLink(String.valueOf(c.id()), CaseView.class,
                    new RouteParameters(CaseView.ID, String.valueOf(c.id())));
            link.setId("case-link-" + c.id());
            return link;
        }).setHeader(getTranslation("cases.field.id")).setAutoWidth(true);
        grid.addColumn(c -> when.format(c.submittedAt())).setHeader(getTranslation("cases.field.submitted")).setAutoWidth(true);
        grid.addColumn(c -> c.sector().name().in(getLocale())).setHeader(getTranslation("cases.field.sector"));
        grid.addComponentColumn(c -> {
            RouterLink place = new RouterLink(c.area().name().in(getLocale()) + " " + c.address(), CaseView.class,
                    new RouteParameters(CaseView.ID, String.valueOf(c.id())));
            place.addClassName("case-place-link");
            return place;
        }).setHeader(getTranslation("cases.field.place")).setFlexGrow(2);
        grid.addColumn(c -> c.department().name().in(getLocale())).setHeader(getTranslation("cases.field.department"));
        grid.addColumn(c -> getTranslation("case.status." + c.status())
                + (c.rectificationDeadline() == null ? "" : " · " + c.rectificationDeadline()))
                .setHeader(getTranslation("cases.field.status"));
        grid.addComponentColumn(c -> {
            Span due = new Span(clock.due(c).map(d -> getTranslation("cases.due." + d.kind().name(), d.date().toString())
                    + (d.overdue() ? " · " + getTranslation("cases.due.overdue") : "")).orElse(""));
            clock.due(c).filter(CaseClock.Due::overdue).ifPresent(d -> due.addClassName("case-overdue"));
            return due;
        }).setHeader(getTranslation("cases.field.due"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void refresh() {
        grid.setItems(work.queue(actor, new CaseFilter(status.getValue(),
                sector.getValue() == null ? null : sector.getValue().code(),
                county.getValue() == null ? null : county.getValue().code(), null)));
    }
}
