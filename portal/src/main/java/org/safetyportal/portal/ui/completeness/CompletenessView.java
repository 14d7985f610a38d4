package org.safetyportal.portal.ui.completeness;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.completeness.CompletenessExports;
import org.safetyportal.content.completeness.CompletenessReport;
import org.safetyportal.content.completeness.PublicationCompleteness;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.ui.filters.FilterSelect;
import org.safetyportal.portal.ui.filters.FilteredDownloads;
import org.safetyportal.portal.ui.navigation.PortalSection;

/**
 * Who has not published: every department with safety duties, by area, with the state of each of its
 * three lists and its oversight against the notice's minimum. The year and area are in the address.
 */
@Route(value = CompletenessView.ROUTE)
@AnonymousAllowed
@PortalSection(title = "nav.completeness", icon = VaadinIcon.CHECK_SQUARE_O, order = 12)
@Prototype
public class CompletenessView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "completeness";

    private final CompletenessExports exports;
    private final Select<Integer> year = new Select<>();
    private final Select<Area> area = new Select<>();
    private final FilteredDownloads downloads = new FilteredDownloads("completeness", "/api/v1/completeness", "exports.download.");
    private final Span summary = new Span();
    private final Span error = new Span();
    private final Div results = new Div();
    private boolean reading;

    CompletenessView(CompletenessExports exports, PublicationCompleteness completeness, OrganizationDirectory organization) {
        this.exports = exports;
        addClassName("completeness-view");
        H1 heading = new H1(getTranslation("completeness.title"));
        heading.setId("section-heading");
        Paragraph overdue = new Paragraph(getTranslation("completeness.overdueRule"));
        overdue.setId("completeness-overdue-rule");
        Paragraph minimum = new Paragraph(getTranslation("completeness.oversightRule"));
        minimum.setId("completeness-oversight-rule");
        add(heading, new Paragraph(getTranslation("completeness.purpose")), overdue, minimum,
                createFilters(completeness.years(), organization), createSummary(), downloads, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        reading = true;
        try {
            Integer chosenYear = parameters.containsKey("year") ? Integer.valueOf(parameters.get("year").get(0)) : null;
            String chosenArea = parameters.containsKey("area") ? parameters.get("area").get(0) : null;
            CompletenessReport report = exports.report(chosenYear);
            String areaCode = exports.checkedArea(chosenArea == null || chosenArea.isBlank() ? null : chosenArea);
            year.setValue(report.year());
            area.setValue(area.getListDataView().getItems().filter(a -> a.code().equals(areaCode)).findFirst().orElse(null));
            show(report, areaCode);
        } catch (NumberFormatException notANumber) {
            refuse(new ValidationException("completeness.year.outOfRange", PublicationCompleteness.FIRST_YEAR,
                    exports.report(null).year()));
        } catch (ValidationException refused) {
            refuse(refused);
        } finally {
            reading = false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("completeness.title") + " · " + getTranslation("app.title");
    }

    private Component createFilters(List<Integer> years, OrganizationDirectory organization) {
        year.setId("filter-year");
        year.setLabel(getTranslation("completeness.filter.year"));
        year.setItems(years);
        year.setItemLabelGenerator(y -> getTranslation("completeness.yearValue", y));
        FilterSelect.configure(area, "area", getTranslation("completeness.filter.area"),
                getTranslation("completeness.filter.allAreas"), organization.areas(), a -> a.name().in(getLocale()));
        year.addValueChangeListener(e -> changed());
        area.addValueChangeListener(e -> changed());
        Div filters = new Div(year, area);
        filters.addClassName("inspections-filters");
        return filters;
    }

    private Component createSummary() {
        summary.setId("completeness-summary");
        error.setId("completeness-error");
        error.addClassName("form-error");
        return new Div(summary, error);
    }

    /** A filter chosen on the page: into the address (without a new history entry), then the report. */
    private void changed() {
        if (reading || year.getValue() == null) {
            return;
        }
        String areaCode = area.getValue() == null ? null : area.getValue().code();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("year", year.getValue().toString());
        if (areaCode != null) {
            parameters.put("area", areaCode);
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ROUTE, QueryParameters.simple(parameters))));
        try {
            show(exports.report(year.getValue()), areaCode);
        } catch (ValidationException refused) {
            refuse(refused);
        }
    }

    private void show(CompletenessReport report, String areaCode) {
        error.setText(null);
        CompletenessReport shown = new CompletenessReport(report.year(), report.asOf(), report.inArea(areaCode));
        summary.setText(getTranslation("completeness.summary", shown.year(), shown.asOf().toString(),
                shown.departments().size(), shown.complete(), shown.withOverdue(), shown.withNothing(),
                shown.belowOversightMinimum()));
        downloads.show(exports.parameters(report.year(), areaCode));
        results.removeAll();
        CompletenessTable table = new CompletenessTable(getLocale(), this::getTranslation);
        shown.departments().stream().map(d -> d.department().area()).distinct().forEach(a -> {
            Div section = new Div(new H2(a.name().in(getLocale())),
                    table.of(shown.departments().stream().filter(d -> d.department().area().equals(a)).toList()));
            section.setId("completeness-area-" + a.code());
            section.addClassName("area-section");
            results.add(section);
        });
    }

    private void refuse(ValidationException refused) {
        error.setText(Messages.describe(getLocale(), refused));
        summary.setText(null);
        results.removeAll();
        downloads.removeAll();
    }
}
