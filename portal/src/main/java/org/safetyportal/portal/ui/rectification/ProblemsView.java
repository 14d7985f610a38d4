package org.safetyportal.portal.ui.rectification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.rectification.ProblemExports;
import org.safetyportal.content.rectification.ProblemFilter;
import org.safetyportal.content.rectification.ProblemRegister;
import org.safetyportal.content.rectification.ProblemSource;
import org.safetyportal.content.rectification.ProblemStatus;
import org.safetyportal.content.rectification.RectificationProblem;
import org.safetyportal.portal.ui.filters.FilterAddress;
import org.safetyportal.portal.ui.filters.FilterSelect;
import org.safetyportal.portal.ui.filters.FilteredResults;
import org.safetyportal.portal.ui.filters.FilteredDownloads;
import org.safetyportal.portal.ui.navigation.PortalSection;

/**
 * 问题整改清单: every problem found by safety inspections and special campaigns, newest finding first,
 * narrowed by county, source and status; the filter lives in the address
 * ({@code /rectification?area=GP&status=OVERDUE}). Published beside the 挂牌督办清单 and the 追责问责清单.
 */
@Route(value = ProblemsView.ROUTE)
@AnonymousAllowed
@PortalSection(title = "nav.rectification", icon = VaadinIcon.TOOLS, order = 51)
@Prototype
public class ProblemsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "rectification";
    static final String API = "/api/v1/rectification";

    private final ProblemRegister register;
    private final ProblemExports exports;
    private final FilteredDownloads downloads = new FilteredDownloads("rectification", API, "exports.download.");
    private final Select<Area> county = new Select<>();
    private final Select<String> source = new Select<>();
    private final Select<String> status = new Select<>();
    private final Grid<RectificationProblem> grid = new Grid<>();
    private final FilteredResults<RectificationProblem> results = new FilteredResults<>("problems", "rectification.count");
    private final FilterAddress address = new FilterAddress(ROUTE, this::changed);

    ProblemsView(ProblemRegister register, ProblemExports exports, OrganizationDirectory organization) {
        this.register = register;
        this.exports = exports;
        addClassName("problems-view");
        H1 heading = new H1(getTranslation("rectification.title"));
        heading.setId("section-heading");
        Anchor api = new Anchor(API, getTranslation("rectification.openData"));
        api.getElement().setAttribute("router-ignore", true);
        add(heading, new Paragraph(getTranslation("rectification.purpose")), createSeeAlso(), createFilters(organization),
                new Paragraph(getTranslation("rectification.overdueExplained")), results, downloads, configureGrid(), api);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ignored = address.enter(event);
        refresh(filter());
        if (!ignored.isEmpty()) {
            results.notice(FilterAddress.notice(this, ignored));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rectification.title") + " · " + getTranslation("app.title");
    }

    /** The three lists of the notice's item 9 are read together. */
    private Component createSeeAlso() {
        Div seeAlso = new Div(RectificationParts.seeAlso(this, "/hazards", "hazards"),
                RectificationParts.seeAlso(this, "/accountability", "accountability"));
        seeAlso.addClassName("inspections-filters");
        return seeAlso;
    }

    private Component createFilters(OrganizationDirectory organization) {
        FilterSelect.configure(county, "county", getTranslation("inspections.filter.county"),
                getTranslation("inspections.filter.allCounties"), organization.counties(), a -> a.name().in(getLocale()));
        List<String> sources = new ArrayList<>();
        for (ProblemSource s : ProblemSource.values()) {
            sources.add(s.name());
        }
        FilterSelect.configure(source, "source", getTranslation("rectification.filter.source"),
                getTranslation("rectification.filter.allSources"), sources, s -> getTranslation("rectification.source." + s));
        List<String> statuses = new ArrayList<>();
        for (ProblemStatus s : ProblemStatus.values()) {
            statuses.add(s.name());
        }
        statuses.add(ProblemFilter.OVERDUE);
        FilterSelect.configure(status, "status", getTranslation("rectification.filter.status"),
                getTranslation("rectification.filter.allStatuses"), statuses, this::statusLabel);
        address.choice("area", county, county.getLabel(), organization.counties(), Area::code)
                .choice("source", source, source.getLabel(), sources, s -> s)
                .choice("status", status, status.getLabel(), statuses, s -> s);
        Div filters = new Div(county, source, status);
        filters.addClassName("inspections-filters");
        return filters;
    }

    private String statusLabel(String value) {
        return ProblemFilter.OVERDUE.equals(value) ? getTranslation("rectification.overdue")
                : getTranslation("rectification.status." + value);
    }

    private Grid<RectificationProblem> configureGrid() {
        grid.setId("problems-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(p -> RectificationParts.problemLink(p.problemCode(), "problem-link-"))
                .setHeader(getTranslation("rectification.field.problemCode")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RectificationProblem::inspectedParty).setHeader(getTranslation("rectification.field.inspectedParty"))
                .setWidth("11em").setFlexGrow(2);
        grid.addColumn(RectificationProblem::description).setHeader(getTranslation("rectification.field.description"))
                .setWidth("16em").setFlexGrow(3);
        grid.addColumn(RectificationProblem::responsibleUnit).setHeader(getTranslation("rectification.field.responsibleUnit"))
                .setWidth("10em").setFlexGrow(1);
        grid.addColumn(p -> p.area().name().in(getLocale())).setHeader(getTranslation("inspections.column.county")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("rectification.source." + p.source().name()))
                .setHeader(getTranslation("rectification.field.source")).setAutoWidth(true);
        grid.addColumn(p -> p.deadline().toString()).setHeader(getTranslation("rectification.field.deadline")).setAutoWidth(true);
        grid.addComponentColumn(RectificationParts::status).setHeader(getTranslation("rectification.field.status")).setWidth("9em");
        grid.setWidthFull();
        grid.setHeight("70vh");
        return grid;
    }

    private ProblemFilter filter() {
        Area area = county.getValue();
        return new ProblemFilter(area == null ? null : area.code(), source.getValue(), status.getValue());
    }

    /** A filter chosen on the page: the rows, then the address. */
    private void changed() {
        ProblemFilter filter = filter();
        refresh(filter);
        address.show(this, exports.parameters(filter));
    }

    private void refresh(ProblemFilter filter) {
        downloads.show(exports.parameters(filter));
        results.show(grid, () -> register.count(filter), (offset, limit) -> register.search(filter, offset, limit));
    }
}
