package org.safetyportal.portal.ui.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.reporting.publiccases.CaseStatistics;
import org.safetyportal.reporting.publiccases.PublicCases;

/**
 * The figures of citizens' reports: counts by county, sector and status, and per department the open
 * and overdue cases and the median days to accept and to close. Each figure is a table first (read
 * without a script, and the same as the CSV), with an ECharts bar chart above it for those who see it.
 */
@Route(value = "cases/statistics")
@AnonymousAllowed
@Prototype
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class CaseStatisticsView extends VerticalLayout implements HasDynamicTitle {

    static final String CSV = "/api/v1/cases/statistics.csv";
    /** Draws a bar chart into the element from labels and values given as JSON; nothing when ECharts did not load. */
    private static final String CHART = """
            if (!window.echarts) { return; }
            const chart = window.echarts.init(this, null, {renderer: 'svg'});
            chart.setOption({tooltip: {}, grid: {containLabel: true, left: 8, right: 8, bottom: 8},
              xAxis: {type: 'category', data: JSON.parse($0), axisLabel: {interval: 0, rotate: 30}},
              yAxis: {type: 'value', minInterval: 1},
              series: [{type: 'bar', name: $2, data: JSON.parse($1)}]});
            new ResizeObserver(() => chart.resize()).observe(this);
            """;

    CaseStatisticsView(PublicCases cases, OrganizationDirectory organization) {
        addClassName("case-statistics");
        CaseStatistics statistics = cases.statistics();
        H1 heading = new H1(getTranslation("cases.statistics.title"));
        heading.setId("section-heading");
        Paragraph method = new Paragraph(getTranslation("cases.statistics.method"));
        method.setId("statistics-method");
        Anchor csv = new Anchor(CSV, getTranslation("cases.statistics.csv"));
        csv.setId("statistics-csv");
        csv.setRouterIgnore(true);
        Anchor json = new Anchor("/api/v1/cases/statistics", getTranslation("cases.statistics.json"));
        json.setRouterIgnore(true);
        RouterLink register = new RouterLink(getTranslation("cases.statistics.register"), PublicCasesView.class);
        add(heading, method, createCity(statistics), csv, json,
                counts("county", getTranslation("inspections.column.county"), statistics.byCounty(),
                        code -> organization.area(code).map(a -> a.name().in(getLocale())).orElse(code)),
                counts("sector", getTranslation("inspections.column.sector"), statistics.bySector(),
                        code -> organization.sector(code).map(s -> s.name().in(getLocale())).orElse(code)),
                counts("status", getTranslation("cases.public.status"), statistics.byStatus(),
                        code -> getTranslation("case.status." + code)),
                createDepartments(statistics), register);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.statistics.title") + " · " + getTranslation("app.title");
    }

    private Component createCity(CaseStatistics statistics) {
        CaseStatistics.Figures city = statistics.city();
        Paragraph figures = new Paragraph(getTranslation("cases.statistics.city", statistics.cases(), city.open(),
                city.overdue(), orNone(CaseStatistics.percent(city.overdueShare())),
                orNone(CaseStatistics.days(city.medianDaysToAccept())), orNone(CaseStatistics.days(city.medianDaysToClose()))));
        figures.setId("statistics-city");
        return figures;
    }

    private Component counts(String name, String heading, Map<String, Long> counts, Function<String, String> nameOf) {
        NativeTable table = table("statistics-" + name + "-table", heading, getTranslation("cases.statistics.cases"));
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        counts.forEach((code, count) -> {
            labels.add(nameOf.apply(code));
            values.add(count);
            row(table, nameOf.apply(code), Long.toString(count));
        });
        return new Div(new H2(getTranslation("cases.statistics.by." + name)), chart("statistics-" + name + "-chart",
                labels, values, getTranslation("cases.statistics.cases")), table);
    }

    private Component createDepartments(CaseStatistics statistics) {
        NativeTable table = table("statistics-department-table", getTranslation("cases.public.department"),
                getTranslation("cases.statistics.cases"), getTranslation("cases.statistics.open"),
                getTranslation("cases.statistics.overdue"), getTranslation("cases.statistics.overdueShare"),
                getTranslation("cases.statistics.medianAccept"), getTranslation("cases.statistics.medianClose"));
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (CaseStatistics.DepartmentFigures d : statistics.departments()) {
            CaseStatistics.Figures f = d.figures();
            String department = d.department().name().in(getLocale());
            labels.add(department);
            values.add((long) f.cases());
            row(table, department, Integer.toString(f.cases()), Integer.toString(f.open()), Integer.toString(f.overdue()),
                    orNone(CaseStatistics.percent(f.overdueShare())), orNone(CaseStatistics.days(f.medianDaysToAccept())),
                    orNone(CaseStatistics.days(f.medianDaysToClose())));
        }
        return new Div(new H2(getTranslation("cases.statistics.by.department")),
                chart("statistics-department-chart", labels, values, getTranslation("cases.statistics.cases")), table);
    }

    /** The chart repeats the table below it, so readers of the page hear the table, not the drawing. */
    private Div chart(String id, List<String> labels, List<Long> values, String series) {
        Div chart = new Div();
        chart.setId(id);
        chart.addClassName("statistics-chart");
        chart.getElement().setAttribute("aria-hidden", "true");
        chart.addAttachListener(attached -> chart.getElement().executeJs(CHART, json(labels), values.toString(), series));
        return chart;
    }

    private static String json(List<String> labels) {
        return labels.stream().map(l -> "\"" + l.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static NativeTable table(String id, String... headings) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("statistics-table");
        NativeTableRow head = table.getHead().addRow();
        for (String heading : headings) {
            head.addHeaderCell().setText(heading);
        }
        return table;
    }

    private static void row(NativeTable table, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        row.addHeaderCell().setText(cells[0]);
        for (int i = 1; i < cells.length; i++) {
            row.addDataCell().setText(cells[i]);
        }
    }

    private String orNone(String value) {
        return value.isEmpty() ? getTranslation("cases.statistics.none") : value;
    }
}
