package org.safetyportal.portal.ui.majorhazards;

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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.majorhazards.MajorHazardExports;
import org.safetyportal.content.majorhazards.HazardFilter;
import org.safetyportal.content.majorhazards.HazardStatus;
import org.safetyportal.content.majorhazards.MajorHazard;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.content.organization.Area;
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
 * 重大隐患挂牌督办: every listed major hazard, newest first, narrowed by county, sector, status and year of
 * listing; the filter lives in the address ({@code /hazards?area=GP&status=OVERDUE}).
 */
@Route(value = MajorHazardsView.ROUTE)
@AnonymousAllowed
@PortalSection(title = "nav.hazards", icon = VaadinIcon.WARNING, order = 50)
@Prototype
public class MajorHazardsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, AdvertisesFeed {

    static final String ROUTE = "hazards";
    static final String FEED = "/feeds/hazards.atom";

    private final MajorHazardRegister register;
    private final Select<Area> county = new Select<>();
    private final Select<Sector> sector = new Select<>();
    private final Select<String> status = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final MajorHazardExports exports;
    private final FilteredDownloads downloads = new FilteredDownloads("hazards", "/api/v1/hazards", "exports.download.");
    private final Grid<MajorHazard> grid = new Grid<>();
    private final Span count = new Span();
    private final Span error = new Span();
    private final FilterAddress address = new FilterAddress(ROUTE, this::changed);

    MajorHazardsView(MajorHazardRegister register, MajorHazardExports exports, OrganizationDirectory organization) {
        this.register = register;
        this.exports = exports;
        addClassName("hazards-view");
        H1 heading = new H1(getTranslation("hazards.title"));
        heading.setId("section-heading");
        Anchor api = new Anchor("/api/v1/hazards", getTranslation("hazards.openData"));
        api.getElement().setAttribute("router-ignore", true);
        Anchor feed = new Anchor(FEED, getTranslation("feeds.link"));
        feed.setId("hazards-feed");
        feed.getElement().setAttribute("router-ignore", true);
        add(heading, new Paragraph(getTranslation("hazards.purpose")), feed, createFilters(organization),
                new Paragraph(getTranslation("hazards.overdueExplained")), createSummary(), downloads, configureGrid(), api);
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
        return getTranslation("feeds.hazards.title");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hazards.title") + " · " + getTranslation("app.title");
    }

    private Component createFilters(OrganizationDirectory organization) {
        List<String> statuses = new ArrayList<>();
        for (HazardStatus s : HazardStatus.values()) {
            statuses.add(s.name());
        }
        statuses.add(HazardFilter.OVERDUE);
        address.select("area", "county", county, getTranslation("inspections.filter.county"),
                        getTranslation("inspections.filter.allCounties"), Choices.counties(organization, getLocale()))
                .select("sector", "sector", sector, getTranslation("inspections.filter.sector"),
                        getTranslation("inspections.filter.allSectors"), Choices.sectors(organization, getLocale()))
                .select("status", "status", status, getTranslation("hazards.filter.status"),
                        getTranslation("hazards.filter.allStatuses"), new Choices<>(statuses, this::statusLabel, s -> s))
                .select("year", "year", year, getTranslation("hazards.filter.year"), getTranslation("hazards.filter.allYears"),
                        Choices.years(register.listingYears(), y -> Integer.toString(y)));
        Div filters = new Div(county, sector, status, year);
        filters.addClassName("inspections-filters");
        return filters;
    }

    private String statusLabel(String value) {
        return HazardFilter.OVERDUE.equals(value) ? getTranslation("hazards.overdue") : getTranslation("hazards.status." + value);
    }

    private Component createSummary() {
        count.setId("hazards-count");
        error.setId("hazards-error");
        error.addClassName("form-error");
        return new Div(count, error);
    }

    /** Widest first to go on a narrow screen: sector, department, description, deadline, listing date, county. */
    private Component configureGrid() {
        grid.setId("hazards-grid");
        RegisterColumns<MajorHazard> columns = new RegisterColumns<>(grid);
        columns.component(getTranslation("hazards.field.registerCode"), h -> HazardBadges.permalink(h, "hazard-link-"), 8,
                RegisterColumns.ALWAYS).setFlexGrow(0);
        columns.text(getTranslation("hazards.field.enterprise"), MajorHazard::enterpriseName, 8, RegisterColumns.ALWAYS).setFlexGrow(2);
        columns.component(getTranslation("hazards.field.status"), HazardBadges::status, 6, 1);
        columns.component(getTranslation("inspections.column.county"), h -> {
            Span county = new Span(h.area().name().in(getLocale()));
            county.addClassName("hazard-county");
            return county;
        }, 5, 2);
        columns.text(getTranslation("hazards.field.listingDate"), h -> h.listingDate().toString(), 6.5, 3);
        columns.text(getTranslation("hazards.field.deadline"), h -> h.deadline().toString(), 6.5, 4);
        columns.text(getTranslation("hazards.field.description"), MajorHazard::description, 12, 5).setFlexGrow(3);
        columns.text(getTranslation("hazards.field.department"), h -> h.department().name().in(getLocale()), 7, 6);
        columns.text(getTranslation("inspections.column.sector"), h -> h.sector().name().in(getLocale()), 6, 7);
        grid.setWidthFull();
        grid.setHeight("70vh");
        return RegisterColumns.area(grid);
    }

    private HazardFilter filter() {
        Area area = county.getValue();
        Sector chosenSector = sector.getValue();
        return new HazardFilter(area == null ? null : area.code(), chosenSector == null ? null : chosenSector.code(), null,
                status.getValue(), year.getValue());
    }

    /** A filter chosen on the page: the rows, then the address. */
    private void changed() {
        HazardFilter filter = filter();
        refresh(filter);
        address.show(this, exports.parameters(filter));
    }

    private void refresh(HazardFilter filter) {
        error.setText(null);
        downloads.show(exports.parameters(filter));
        try {
            count.setText(getTranslation("hazards.count", register.count(filter)));
            grid.setItems(query -> register.search(filter, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) register.count(filter));
        } catch (ValidationException refused) {
            error.setText(Messages.describe(getLocale(), refused));
            count.setText(getTranslation("hazards.count", 0));
            grid.setItems();
        }
    }
}
