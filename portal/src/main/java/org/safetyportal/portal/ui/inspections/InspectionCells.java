package org.safetyportal.portal.ui.inspections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.safetyportal.portal.ui.enterprises.EnterpriseView;
import org.safetyportal.content.inspection.InspectionRecord;

/** The parts of one inspection record that the register grid and the enterprise page show alike. */
public class InspectionCells {

    private final InspectionRecord record;
    private final Locale locale;
    private final Div translator = new Div();

    public InspectionCells(InspectionRecord record, Locale locale) {
        this.record = record;
        this.locale = locale;
    }

    public RouterLink enterpriseLink() {
        RouterLink link = new RouterLink(record.enterpriseName(), EnterpriseView.class,
                new RouteParameters(EnterpriseView.CREDIT_CODE, record.creditCode()));
        link.setId("enterprise-" + record.recordCode());
        link.addClassName("enterprise-link");
        // Inside the grid the client-side router did not take the click; a full page load always does.
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    /** The inspection date, linking to the record's permalink with its history; marked when corrected. */
    public Component recordLink() {
        RouterLink link = new RouterLink(record.inspectionDate().toString(), InspectionRecordView.class,
                InspectionRecordView.parameters(record.recordCode()));
        link.setId("record-link-" + record.recordCode());
        link.getElement().setAttribute("router-ignore", true);
        Div cell = new Div(link);
        if (record.corrected()) {
            Span corrected = new Span(translator.getTranslation("inspections.corrected"));
            corrected.addClassName("corrected-badge");
            cell.add(new Div(corrected));
        }
        return cell;
    }

    public Span county() {
        Span county = new Span(record.area().name().in(locale));
        county.addClassName("record-county");
        return county;
    }

    /** Measures, decision number and fine, each on its own line. */
    public Component measures() {
        Div measures = new Div();
        measures.addClassName("record-measures");
        if (record.measures() != null) {
            measures.add(new Div(new Span(record.measures())));
        }
        if (record.decisionNo() != null) {
            measures.add(new Div(new Span(translator.getTranslation("inspections.decision", record.decisionNo()))));
        }
        if (record.fineAmount() != null) {
            Span fine = new Span(translator.getTranslation("inspections.fine", record.fineAmount()));
            fine.addClassName("record-fine");
            measures.add(new Div(fine));
        }
        return measures;
    }

    /** The rectification status, its deadline, and the late-publication badge where it applies. */
    public Component rectification() {
        Div cell = new Div();
        Span status = new Span(translator.getTranslation("inspections.rectification." + record.rectificationStatus().name()));
        status.addClassName("record-rectification");
        cell.add(new Div(status));
        if (record.rectifiedOn() != null) {
            cell.add(new Div(new Span(translator.getTranslation("inspections.rectifiedOn", record.rectifiedOn().toString()))));
        }
        if (record.rectificationDeadline() != null) {
            cell.add(new Div(new Span(translator.getTranslation("inspections.deadline", record.rectificationDeadline().toString()))));
        }
        if (record.publishedLate()) {
            Span late = new Span(translator.getTranslation("inspections.late"));
            late.addClassName("late-badge");
            cell.add(new Div(late));
        }
        return cell;
    }
}
