package org.safetyportal.portal.ui.inspections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.safetyportal.content.inspection.InspectionKind;
import org.safetyportal.content.inspection.RectificationStatus;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.inspection.InspectionExports;
import org.safetyportal.portal.ui.filters.Choices;
import org.safetyportal.portal.ui.filters.FilterAddress;
import org.safetyportal.portal.ui.filters.FilteredDownloads;
import org.safetyportal.content.inspection.InspectionFilter;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.inspection.PublicationTimeliness;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.portal.ui.readers.AdvertisesFeed;
import org.safetyportal.portal.ui.readers.RegisterColumns;

/**
 * 检查结果公示: every published inspection result, newest first, narrowed by county, sector, dates, kind,
 * status and department; the filter lives in the address ({@code /inspections?area=ZZ&kind=...}).
 */
@Route(value = InspectionsView.ROUTE)
@AnonymousAllowed
@PortalSection(title = "nav.inspections", icon = VaadinIcon.CLIPBOARD_CHECK, order = 20)
@Prototype
public class InspectionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, AdvertisesFeed {

    static final String ROUTE = "inspections";
    static final String FEED = "/feeds/inspections.atom";

    private final InspectionRegister register;
    private final Select<Area> county = new Select<>();
    private final Select<Sector> sector = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<InspectionKind> kind = new Select<>();
    private final Select<RectificationStatus> status = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final InspectionExports inspectionExports;
    private final FilteredDownloads exports = new FilteredDownloads("inspections", "/api/v1/inspections", "inspections.export.",
            new Anchor(FEED, getTranslation("feeds.link")));
    private final Grid<InspectionRecord> grid = new Grid<>();
    private final Span count = new Span();
    private final Span error = new Span();
    private final FilterAddress address = new FilterAddress(ROUTE, this::changed);

    InspectionsView(InspectionRegister register, InspectionExports inspectionExports, OrganizationDirectory organization) {
        this.register = register;
        this.inspectionExports = inspectionExports;
        addClassName("inspections-view");
        H1 heading = new H1(getTranslation("section.inspections.title"));
        heading.setId("section-heading");
        Paragraph late = new Paragraph(getTranslation("inspections.lateByPortalExplained", PublicationTimeliness.LIMIT_WORKING_DAYS));
        late.addClassName("inspections-note");
        add(heading, new Paragraph(getTranslation("section.inspections.purpose")), createFilters(organization), late,
                createSummary(), exports, configureGrid());
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
        return getTranslation("feeds.inspections.title");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.inspections.title") + " · " + getTranslation("app.title");
    }

    private Component createFilters(OrganizationDirectory organization) {
        address.select("area", "county", county, getTranslation("inspections.filter.county"),
                        getTranslation("inspections.filter.allCounties"), Choices.counties(organization, getLocale()))
                .select("sector", "sector", sector, getTranslation("inspections.filter.sector"),
                        getTranslation("inspections.filter.allSectors"), Choices.sectors(organization, getLocale()))
                .comboBox("department", department, getTranslation("inspections.filter.department"),
                        getTranslation("inspections.filter.allDepartments"), Choices.departments(organization, getLocale()))
                .date("from", from, getTranslation("inspections.filter.from"))
                .date("to", to, getTranslation("inspections.filter.to"))
                .select("kind", "kind", kind, getTranslation("inspections.filter.kind"), getTranslation("inspections.filter.allKinds"),
                        Choices.of(InspectionKind.values(), k -> getTranslation("inspections.kind." + k.name())))
                .select("status", "status", status, getTranslation("inspections.filter.status"),
                        getTranslation("inspections.filter.allStatuses"),
                        Choices.of(RectificationStatus.values(), s -> getTranslation("inspections.rectification." + s.name())));
        Div filters = new Div(county, sector, from, to, kind, status, department);
        filters.addClassName("inspections-filters");
        return filters;
    }

    private Component createSummary() {
        count.setId("inspections-count");
        error.setId("inspections-error");
        error.addClassName("form-error");
        return new Div(count, error);
    }

    /** Widest first to go on a narrow screen: sector, measures, department, kind, findings, county, status. */
    private Component configureGrid() {
        grid.setId("inspections-grid");
        grid.addClassName("inspections-grid");
        RegisterColumns<InspectionRecord> columns = new RegisterColumns<>(grid);
        columns.component(getTranslation("inspections.column.date"), r -> new InspectionCells(r, getLocale()).recordLink(),
                6.5, RegisterColumns.ALWAYS).setFlexGrow(0);
        columns.component(getTranslation("inspections.column.enterprise"), r -> new InspectionCells(r, getLocale()).enterpriseLink(),
                9, RegisterColumns.ALWAYS).setFlexGrow(2);
        columns.component(getTranslation("inspections.column.rectification"), r -> new InspectionCells(r, getLocale()).rectification(),
                7, 1);
        columns.component(getTranslation("inspections.column.county"), r -> new InspectionCells(r, getLocale()).county(), 5, 2);
        columns.text(getTranslation("inspections.column.findings"), InspectionRecord::findings, 12, 3).setFlexGrow(3);
        columns.text(getTranslation("inspections.column.kind"), r -> getTranslation("inspections.kind." + r.kind().name()), 5, 4);
        columns.text(getTranslation("inspections.column.department"), r -> r.department().name().in(getLocale()), 7, 5);
        columns.component(getTranslation("inspections.column.measures"), r -> new InspectionCells(r, getLocale()).measures(), 10, 6)
                .setFlexGrow(2);
        columns.text(getTranslation("inspections.column.sector"), r -> r.sector().name().in(getLocale()), 6, 7);
        grid.setWidthFull();
        grid.setHeight("70vh");
        return RegisterColumns.area(grid);
    }

    private InspectionFilter filter() {
        Area area = county.getValue();
        Sector chosenSector = sector.getValue();
        return new InspectionFilter(area == null ? null : area.code(), chosenSector == null ? null : chosenSector.code(),
                department.getValue() == null ? null : department.getValue().id(), from.getValue(), to.getValue(),
                kind.getValue(), status.getValue());
    }

    /** A filter chosen on the page: the rows, then the address. */
    private void changed() {
        InspectionFilter filter = filter();
        refresh(filter);
        address.show(this, inspectionExports.parameters(filter));
    }

    private void refresh(InspectionFilter filter) {
        error.setText(null);
        exports.show(inspectionExports.parameters(filter));
        try {
            long total = register.count(filter);
            count.setText(getTranslation("inspections.count", total));
            grid.setItems(query -> register.search(filter, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) register.count(filter));
        } catch (ValidationException refused) {
            error.setText(Messages.describe(getLocale(), refused));
            count.setText(getTranslation("inspections.count", 0));
            grid.setItems();
        }
    }
}
