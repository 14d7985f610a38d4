package org.safetyportal.portal.ui.inspections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import java.util.function.Function;
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

    private Grid<InspectionRecord> configureGrid() {
        grid.setId("inspections-grid");
        grid.addClassName("inspections-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(r -> new InspectionCells(r, getLocale()).recordLink())
                .setHeader(getTranslation("inspections.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> new InspectionCells(r, getLocale()).enterpriseLink())
                .setHeader(getTranslation("inspections.column.enterprise")).setWidth("12em").setFlexGrow(2);
        grid.addComponentColumn(r -> new InspectionCells(r, getLocale()).county()).setHeader(getTranslation("inspections.column.county")).setAutoWidth(true);
        text("inspections.column.sector", r -> r.sector().name().in(getLocale())).setWidth("7em");
        text("inspections.column.department", r -> r.department().name().in(getLocale())).setWidth("10em");
        text("inspections.column.kind", r -> getTranslation("inspections.kind." + r.kind().name())).setWidth("7em");
        text("inspections.column.findings", InspectionRecord::findings).setWidth("16em").setFlexGrow(3);
        grid.addComponentColumn(r -> new InspectionCells(r, getLocale()).measures()).setHeader(getTranslation("inspections.column.measures"))
                .setWidth("12em").setFlexGrow(2);
        grid.addComponentColumn(r -> new InspectionCells(r, getLocale()).rectification())
                .setHeader(getTranslation("inspections.column.rectification")).setWidth("9em");
        grid.setWidthFull();
        grid.setHeight("70vh");
        return grid;
    }

    private Grid.Column<InspectionRecord> text(String header, Function<InspectionRecord, String> value) {
        return grid.addColumn(r -> {
            String text = value.apply(r);
            return text == null ? "" : text;
        }).setHeader(getTranslation(header)).setResizable(true);
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
