package org.safetyportal.portal.ui.blacklist;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.blacklist.BlacklistEntry;
import org.safetyportal.content.blacklist.BlacklistFilter;
import org.safetyportal.content.blacklist.BlacklistRegister;
import org.safetyportal.content.blacklist.BlacklistScope;
import org.safetyportal.content.blacklist.BlacklistExports;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.ui.filters.Choices;
import org.safetyportal.portal.ui.filters.FilterAddress;
import org.safetyportal.portal.ui.filters.FilteredDownloads;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.portal.ui.readers.AdvertisesFeed;
import org.safetyportal.portal.ui.readers.RegisterColumns;

/**
 * 失信“黑名单”: the current list or its history, narrowed by county, sector, listing authority and year; the
 * filter lives in the address ({@code /blacklist?status=history&area=ZZ}).
 */
@Route(value = BlacklistView.ROUTE)
@AnonymousAllowed
@PortalSection(title = "nav.blacklist", icon = VaadinIcon.BAN, order = 40)
@Prototype
public class BlacklistView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, AdvertisesFeed {

    static final String ROUTE = "blacklist";
    static final String FEED = "/feeds/blacklist.atom";

    private final BlacklistRegister register;
    private final Tabs scopes = new Tabs();
    private final Select<Area> county = new Select<>();
    private final Select<Sector> sector = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final BlacklistExports exports;
    private final FilteredDownloads downloads = new FilteredDownloads("blacklist", "/api/v1/blacklist", "exports.download.");
    private final Grid<BlacklistEntry> grid = new Grid<>();
    private final Span count = new Span();
    private final Span error = new Span();
    private final FilterAddress address = new FilterAddress(ROUTE, this::changed);
    private LocalDate today;

    BlacklistView(BlacklistRegister register, BlacklistExports exports, OrganizationDirectory organization) {
        this.register = register;
        this.exports = exports;
        addClassName("blacklist-view");
        H1 heading = new H1(getTranslation("section.blacklist.title"));
        heading.setId("section-heading");
        Anchor feed = new Anchor(FEED, getTranslation("feeds.link"));
        feed.setId("blacklist-feed");
        feed.getElement().setAttribute("router-ignore", true);
        add(heading, new Paragraph(getTranslation("section.blacklist.purpose")), feed, createScopes(),
                createFilters(organization), createSummary(), downloads, configureGrid());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ignored = address.enter(event);
        refresh(filter());
        if (!ignored.isEmpty()) {
            error.setText(FilterAddress.notice(this, ignored));
        }
    }

    @Override
    public String feedPath() {
        return FEED;
    }

    @Override
    public String feedTitle() {
        return getTranslation("feeds.blacklist.title");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.blacklist.title") + " · " + getTranslation("app.title");
    }

    private Component createScopes() {
        scopes.setId("blacklist-scopes");
        Arrays.stream(BlacklistScope.values()).forEach(scope -> {
            Tab tab = new Tab(getTranslation("blacklist.scope." + scope.name()));
            tab.setId("scope-" + scope.name());
            scopes.add(tab);
        });
        scopes.addSelectedChangeListener(e -> address.changed());
        address.custom("status", getTranslation("blacklist.filter.scope"), this::chooseScope);
        return scopes;
    }

    private Component createFilters(OrganizationDirectory organization) {
        address.select("area", "county", county, getTranslation("blacklist.filter.county"),
                        getTranslation("blacklist.filter.allCounties"), Choices.counties(organization, getLocale()))
                .select("sector", "sector", sector, getTranslation("blacklist.filter.sector"),
                        getTranslation("blacklist.filter.allSectors"), Choices.sectors(organization, getLocale()))
                .comboBox("department", department, getTranslation("blacklist.filter.department"),
                        getTranslation("blacklist.filter.allDepartments"), Choices.departments(organization, getLocale()))
                .select("year", "year", year, getTranslation("blacklist.filter.year"), getTranslation("blacklist.filter.allYears"),
                        Choices.years(register.listingYears(), y -> Integer.toString(y)));
        address.choice("area", county, county.getLabel(), organization.counties(), Area::code)
                .choice("sector", sector, sector.getLabel(), organization.sectors(), Sector::code)
                .choice("department", department, department.getLabel(), organization.departments(), Department::code)
                .choice("year", year, year.getLabel(), year.getListDataView().getItems().toList(), y -> Integer.toString(y));
        Div filters = new Div(county, sector, department, year);
        filters.addClassName("blacklist-filters");
        return filters;
    }

    private Component createSummary() {
        count.setId("blacklist-count");
        error.setId("blacklist-error");
        error.addClassName("form-error");
        return new Div(count, error);
    }

    /** Widest first to go on a narrow screen: sector, department, credit code, expiry, county, listing date. */
    private Component configureGrid() {
        grid.setId("blacklist-grid");
        grid.addClassName("blacklist-grid");
        RegisterColumns<BlacklistEntry> columns = new RegisterColumns<>(grid);
        columns.component(getTranslation("blacklist.column.enterprise"), this::entryLink, 10, RegisterColumns.ALWAYS).setFlexGrow(2);
        columns.component(getTranslation("blacklist.column.status"), this::status, 6, RegisterColumns.ALWAYS);
        columns.text(getTranslation("blacklist.column.listingDate"), e -> e.listingDate().toString(), 6.5, 1).setFlexGrow(0);
        columns.text(getTranslation("blacklist.column.county"), e -> e.area().name().in(getLocale()), 5, 2);
        columns.text(getTranslation("blacklist.column.expiryDate"), e -> e.expiryDate().toString(), 6.5, 3).setFlexGrow(0);
        columns.text(getTranslation("blacklist.column.creditCode"), BlacklistEntry::creditCode, 11, 4);
        columns.text(getTranslation("blacklist.column.department"), e -> e.department().name().in(getLocale()), 7, 5);
        columns.text(getTranslation("blacklist.column.sector"), e -> e.sector().name().in(getLocale()), 6, 6);
        grid.setWidthFull();
        grid.setHeight("60vh");
        return RegisterColumns.area(grid);
    }

    private RouterLink entryLink(BlacklistEntry entry) {
        RouterLink link = new RouterLink(entry.enterpriseName(), BlacklistEntryView.class, BlacklistEntryView.parameters(entry.id()));
        link.setId("blacklist-link-" + entry.id());
        link.addClassName("blacklist-link");
        // Inside the grid the client-side router did not take the click; a full page load always does.
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    private Span status(BlacklistEntry entry) {
        Span status = new Span(getTranslation("blacklist.status." + entry.status(today).name()));
        status.addClassNames("blacklist-status", "blacklist-status-" + entry.status(today).name().toLowerCase());
        return status;
    }

    /** The scope tab named by the address's {@code status} (current, history, all); the current list when none. */
    private boolean chooseScope(String value) {
        BlacklistScope scope = Arrays.stream(BlacklistScope.values())
                .filter(s -> value != null && s.name().equalsIgnoreCase(value)).findFirst().orElse(BlacklistScope.CURRENT);
        scopes.setSelectedIndex(scope.ordinal());
        return value == null || scope.name().equalsIgnoreCase(value);
    }

    private BlacklistFilter filter() {
        int selected = Math.max(0, scopes.getSelectedIndex());
        return new BlacklistFilter(BlacklistScope.values()[selected],
                county.getValue() == null ? null : county.getValue().code(),
                sector.getValue() == null ? null : sector.getValue().code(),
                department.getValue() == null ? null : department.getValue().id(), year.getValue());
    }

    /** A filter chosen on the page: the rows, then the address. */
    private void changed() {
        BlacklistFilter filter = filter();
        refresh(filter);
        address.show(this, exports.parameters(filter));
    }

    private void refresh(BlacklistFilter filter) {
        today = register.today();
        error.setText(null);
        downloads.show(exports.parameters(filter));
        try {
            count.setText(getTranslation("blacklist.count", register.count(filter)));
            grid.setItems(query -> register.search(filter, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) register.count(filter));
        } catch (ValidationException refused) {
            error.setText(Messages.describe(getLocale(), refused));
            count.setText(getTranslation("blacklist.count", 0));
            grid.setItems();
        }
    }
}
