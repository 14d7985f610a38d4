package org.safetyportal.portal.ui.inspections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.portal.ui.MainLayout;

/** One enterprise's page: every published inspection result of its unified social credit code, newest first. */
@Route(value = "enterprises/:" + EnterpriseView.CREDIT_CODE, layout = MainLayout.class)
@Prototype
public class EnterpriseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CREDIT_CODE = "creditCode";

    private final InspectionRegister register;
    private String enterpriseName;

    EnterpriseView(InspectionRegister register) {
        this.register = register;
        addClassName("enterprise-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<InspectionRecord> records = event.getRouteParameters().get(CREDIT_CODE)
                .map(register::byCreditCode).orElse(List.of());
        if (records.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        InspectionRecord latest = records.get(0);
        enterpriseName = latest.enterpriseName();
        removeAll();
        H1 heading = new H1(enterpriseName);
        heading.setId("enterprise-heading");
        Paragraph code = new Paragraph(getTranslation("inspections.enterprise.creditCode", latest.creditCode()));
        code.setId("enterprise-credit-code");
        Paragraph count = new Paragraph(getTranslation("inspections.enterprise.count", records.size()));
        count.setId("enterprise-count");
        RouterLink back = new RouterLink(getTranslation("inspections.enterprise.back"), InspectionsView.class);
        back.setId("enterprise-back");
        Div list = new Div();
        list.setId("enterprise-records");
        records.forEach(record -> list.add(card(record)));
        add(heading, code, count, back, list);
    }

    @Override
    public String getPageTitle() {
        return (enterpriseName == null ? getTranslation("section.inspections.title") : enterpriseName)
                + " · " + getTranslation("app.title");
    }

    private Component card(InspectionRecord record) {
        InspectionCells cells = new InspectionCells(record, getLocale());
        H2 title = new H2(record.inspectionDate() + " · " + getTranslation("inspections.kind." + record.kind().name()));
        Div card = new Div(title,
                line("inspections.column.record", new Span(record.recordCode())),
                line("inspections.column.department", new Span(record.department().name().in(getLocale()))),
                line("inspections.column.county", cells.county()),
                line("inspections.column.sector", new Span(record.sector().name().in(getLocale()))),
                line("inspections.column.findings", new Span(record.findings())));
        if (record.violationDescription() != null) {
            card.add(new Paragraph(getTranslation("inspections.violation", record.violationDescription(),
                    record.violationBasis() == null ? "" : record.violationBasis())));
        }
        card.add(line("inspections.column.measures", cells.measures()),
                line("inspections.column.rectification", cells.rectification()));
        card.setId("record-" + record.recordCode());
        card.addClassName("inspection-card");
        return card;
    }

    private Div line(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("inspection-label");
        Div line = new Div(label, value);
        line.addClassName("inspection-line");
        return line;
    }
}
