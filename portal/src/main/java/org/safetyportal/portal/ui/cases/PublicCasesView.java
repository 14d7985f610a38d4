package org.safetyportal.portal.ui.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.portal.ui.filters.Choices;
import org.safetyportal.portal.ui.filters.FilterAddress;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.portal.ui.readers.AdvertisesFeed;
import org.safetyportal.portal.ui.readers.RegisterColumns;
import org.safetyportal.reporting.publiccases.PublicCase;
import org.safetyportal.reporting.publiccases.PublicCaseFilter;
import org.safetyportal.reporting.publiccases.PublicCases;

/**
 * Citizens' hazard reports in public, newest first, narrowed by county, sector, status and responsible
 * department; the filter lives in the address ({@code /cases?area=ZZ&status=SUBMITTED}). Anonymised: the
 * category and place down to the township, the department and where the case stands, never the reporter.
 */
@Route(value = PublicCasesView.ROUTE)
@AnonymousAllowed
@PortalSection(title = "nav.cases", icon = VaadinIcon.MEGAPHONE, order = 55)
@Prototype
public class PublicCasesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, AdvertisesFeed {

    static final String ROUTE = "cases";

    private final PublicCases cases;
    private final CityClock city;
    private final Select<Area> county = new Select<>();
    private final Select<Sector> sector = new Select<>();
    private final Select<String> status = new Select<>();
    private final Select<Department> department = new Select<>();
    private final Grid<PublicCase> grid = new Grid<>();
    private final Span count = new Span();
    private final Span error = new Span();
    private final Div feeds = new Div();
    private final FilterAddress address = new FilterAddress(ROUTE, this::changed);

    PublicCasesView(PublicCases cases, OrganizationDirectory organization, CityClock city) {
        this.cases = cases;
        this.city = city;
        addClassName("cases-view");
        H1 heading = new H1(getTranslation("cases.public.title"));
        heading.setId("section-heading");
        RouterLink statistics = new RouterLink(getTranslation("cases.statistics.link"), CaseStatisticsView.class);
        statistics.setId("cases-statistics-link");
        Anchor api = new Anchor("/api/v1/cases", getTranslation("cases.public.openData"));
        api.setRouterIgnore(true);
        feeds.setId("cases-feeds");
        add(heading, new Paragraph(getTranslation("cases.public.purpose")), statistics, createFilters(organization),
                createSummary(), feeds, configureGrid(), api);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ignored = address.enter(event);
        refresh(filter());
        if (!ignored.isEmpty()) {
            error.setText(FilterAddress.notice(this, ignored));
        }
    }

    /** The feed of what the register shows: the narrowest of department, sector and county chosen. */
    @Override
    public String feedPath() {
        if (department.getValue() != null) {
            return "/feeds/cases/departments/" + department.getValue().code() + ".atom";
        }
        if (sector.getValue() != null) {
            return "/feeds/cases/sectors/" + sector.getValue().code() + ".atom";
        }
        if (county.getValue() != null) {
            return "/feeds/cases/areas/" + county.getValue().code() + ".atom";
        }
        return "/feeds/cases.atom";
    }

    @Override
    public String feedTitle() {
        return getTranslation("feeds.cases.title");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.public.title") + " · " + getTranslation("app.title");
    }

    private Component createFilters(OrganizationDirectory organization) {
        address.select("area", "county", county, getTranslation("inspections.filter.county"),
                        getTranslation("inspections.filter.allCounties"), Choices.counties(organization, getLocale()))
                .select("sector", "sector", sector, getTranslation("inspections.filter.sector"),
                        getTranslation("inspections.filter.allSectors"), Choices.sectors(organization, getLocale()))
                .select("status", "status", status, getTranslation("cases.public.filter.status"),
                        getTranslation("cases.public.filter.allStatuses"),
                        new Choices<>(cases.statuses(), s -> getTranslation("case.status." + s), s -> s))
                .select("department", "department", department, getTranslation("cases.public.filter.department"),
                        getTranslation("cases.public.filter.allDepartments"), Choices.departments(organization, getLocale()));
        Div filters = new Div(county, sector, status, department);
        filters.addClassName("inspections-filters");
        return filters;
    }

    private Component createSummary() {
        count.setId("cases-count");
        error.setId("cases-error");
        error.addClassName("form-error");
        return new Div(count, error);
    }

    /** Widest first to go on a narrow screen: township, sector, received, department, county, due. */
    private Component configureGrid() {
        grid.setId("cases-grid");
        RegisterColumns<PublicCase> columns = new RegisterColumns<>(grid);
        columns.component(getTranslation("cases.public.number"), CaseParts::permalink, 7, RegisterColumns.ALWAYS).setFlexGrow(0);
        columns.text(getTranslation("cases.public.status"), c -> CaseParts.status(this, c), 8, RegisterColumns.ALWAYS);
        columns.component(getTranslation("cases.public.due"), c -> CaseParts.due(this, c), 10, 1);
        columns.text(getTranslation("inspections.column.county"), c -> c.area().name().in(getLocale()), 5, 2);
        columns.text(getTranslation("cases.public.department"), c -> c.department().name().in(getLocale()), 10, 3).setFlexGrow(2);
        columns.text(getTranslation("cases.public.received"), c -> CaseParts.day(c.receivedAt(), city.zone()), 6.5, 4);
        columns.text(getTranslation("inspections.column.sector"), c -> c.sector().name().in(getLocale()), 7, 5);
        columns.text(getTranslation("cases.public.township"),
                c -> c.townshipOf().map(t -> t.name().in(getLocale())).orElse(""), 7, 6);
        grid.setWidthFull();
        grid.setHeight("70vh");
        return RegisterColumns.area(grid);
    }

    private PublicCaseFilter filter() {
        return new PublicCaseFilter(county.getValue() == null ? null : county.getValue().code(),
                sector.getValue() == null ? null : sector.getValue().code(), status.getValue(),
                department.getValue() == null ? null : department.getValue().code());
    }

    /** The filter as the address and the open data name it. */
    private static Map<String, String> parameters(PublicCaseFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        putIfSet(parameters, "area", filter.areaCode());
        putIfSet(parameters, "sector", filter.sectorCode());
        putIfSet(parameters, "status", filter.status());
        putIfSet(parameters, "department", filter.departmentCode());
        return parameters;
    }

    private static void putIfSet(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private void changed() {
        PublicCaseFilter filter = filter();
        refresh(filter);
        address.show(this, parameters(filter));
    }

    private void refresh(PublicCaseFilter filter) {
        error.setText(null);
        List<PublicCase> found = cases.search(filter);
        count.setText(getTranslation("cases.public.count", found.size()));
        grid.setItems(found);
        Anchor feed = new Anchor(feedPath(), getTranslation("feeds.link"));
        feed.setId("cases-feed");
        feed.setRouterIgnore(true);
        feeds.removeAll();
        feeds.add(feed);
    }
}
