package org.safetyportal.portal.ui.oversight;

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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.oversight.OversightExports;
import org.safetyportal.content.inspection.PublicationTimeliness;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.oversight.OversightFilter;
import org.safetyportal.content.oversight.OversightKind;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.content.oversight.OversightResult;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.ui.filters.Choices;
import org.safetyportal.portal.ui.filters.FilterAddress;
import org.safetyportal.portal.ui.filters.FilteredDownloads;
import org.safetyportal.portal.ui.navigation.PortalSection;
import org.safetyportal.portal.ui.readers.AdvertisesFeed;
import org.safetyportal.portal.ui.readers.RegisterColumns;

/**
 * 巡、考、督情况公开: every published result, newest first, narrowed by kind, year, area and department; the
 * filter lives in the address ({@code /oversight?kind=ASSESSMENT&year=2025}).
 */
@Route(value = OversightView.ROUTE)
@AnonymousAllowed
@PortalSection(title = "nav.oversight", icon = VaadinIcon.FLAG_CHECKERED, order = 30)
@Prototype
public class OversightView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, AdvertisesFeed {

    static final String ROUTE = "oversight";
    static final String FEED = "/feeds/oversight.atom";

    private final OversightRegister register;
    private final Select<OversightKind> kind = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<Area> area = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final OversightExports exports;
    private final FilteredDownloads downloads = new FilteredDownloads("oversight", "/api/v1/oversight", "exports.download.");
    private final Grid<OversightResult> grid = new Grid<>();
    private final Span count = new Span();
    private final Span error = new Span();
    private final LocalDate today;
    private final FilterAddress address = new FilterAddress(ROUTE, this::changed);

    OversightView(OversightRegister register, OversightExports exports, OrganizationDirectory organization) {
        this.register = register;
        this.exports = exports;
        this.today = register.today();
        addClassName("oversight-view");
        H1 heading = new H1(getTranslation("oversight.title"));
        heading.setId("section-heading");
        Paragraph late = new Paragraph(getTranslation("oversight.lateByCalendarExplained", PublicationTimeliness.LIMIT_WORKING_DAYS));
        late.addClassName("inspections-note");
        Anchor feed = new Anchor(FEED, getTranslation("feeds.link"));
        feed.setId("oversight-feed");
        feed.getElement().setAttribute("router-ignore", true);
        add(heading, new Paragraph(getTranslation("oversight.purpose")), feed, createFilters(organization), late,
                createSummary(), downloads, configureGrid());
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
        return getTranslation("feeds.oversight.title");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oversight.title") + " · " + getTranslation("app.title");
    }

    private Component createFilters(OrganizationDirectory organization) {
        address.select("kind", "kind", kind, getTranslation("oversight.filter.kind"), getTranslation("oversight.filter.allKinds"),
                        Choices.of(OversightKind.values(), k -> getTranslation("oversight.kind." + k.name())))
                .select("year", "year", year, getTranslation("oversight.filter.year"), getTranslation("oversight.filter.allYears"),
                        Choices.years(register.years(), y -> getTranslation("oversight.yearValue", y)))
                .select("area", "area", area, getTranslation("oversight.filter.area"), getTranslation("oversight.filter.allAreas"),
                        Choices.areas(organization, getLocale()))
                .comboBox("department", department, getTranslation("oversight.filter.department"),
                        getTranslation("oversight.filter.allDepartments"), Choices.departments(organization, getLocale()));
        Div filters = new Div(kind, year, area, department);
        filters.addClassName("inspections-filters");
        return filters;
    }

    private Component createSummary() {
        count.setId("oversight-count");
        error.setId("oversight-error");
        error.addClassName("form-error");
        return new Div(count, error);
    }

    /** Widest first to go on a narrow screen: findings, year, conductor, rectification, kind. */
    private Component configureGrid() {
        grid.setId("oversight-grid");
        grid.addClassName("inspections-grid");
        RegisterColumns<OversightResult> columns = new RegisterColumns<>(grid);
        columns.text(getTranslation("oversight.column.decisionDate"), r -> r.decisionDate().toString(), 6.5, RegisterColumns.ALWAYS)
                .setFlexGrow(0);
        columns.component(getTranslation("oversight.column.party"), r -> new OversightCells(r, getLocale()).permalink(), 8,
                RegisterColumns.ALWAYS).setFlexGrow(2);
        columns.component(getTranslation("oversight.column.result"), r -> new OversightCells(r, getLocale()).grade(), 5, 1);
        columns.component(getTranslation("oversight.column.kind"), r -> {
            Span kindLabel = new Span(new OversightCells(r, getLocale()).kind());
            kindLabel.addClassName("oversight-kind");
            return kindLabel;
        }, 6, 2);
        columns.component(getTranslation("oversight.column.rectification"), r -> new OversightCells(r, getLocale()).rectification(today),
                8, 3);
        columns.text(getTranslation("oversight.column.conductor"), r -> r.conductingDepartment().name().in(getLocale()), 7, 4);
        columns.text(getTranslation("oversight.column.year"), r -> Integer.toString(r.year()), 4, 5).setFlexGrow(0);
        columns.text(getTranslation("oversight.field.findings"), OversightResult::findings, 12, 6).setFlexGrow(3);
        grid.setWidthFull();
        grid.setHeight("70vh");
        return RegisterColumns.area(grid);
    }

    private OversightFilter filter() {
        Area chosenArea = area.getValue();
        Department chosenDepartment = department.getValue();
        return new OversightFilter(kind.getValue(), year.getValue(), chosenArea == null ? null : chosenArea.code(),
                chosenDepartment == null ? null : chosenDepartment.code());
    }

    /** A filter chosen on the page: the rows, then the address. */
    private void changed() {
        OversightFilter filter = filter();
        refresh(filter);
        address.show(this, exports.parameters(filter));
    }

    private void refresh(OversightFilter filter) {
        error.setText(null);
        downloads.show(exports.parameters(filter));
        try {
            count.setText(getTranslation("oversight.count", register.count(filter)));
            grid.setItems(query -> register.search(filter, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) register.count(filter));
        } catch (ValidationException refused) {
            error.setText(Messages.describe(getLocale(), refused));
            count.setText(getTranslation("oversight.count", 0));
            grid.setItems();
        }
    }
}
