package org.safetyportal.portal.ui.reports;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.intake.Receipt;

/**
 * Shown once the report is stored: the tracking code and the PIN, large enough to copy down, the
 * department that will handle it and why, and where to follow it. The PIN is never shown again.
 */
class ReceiptPanel extends Div {

    ReceiptPanel(Receipt receipt) {
        setId("report-receipt");
        addClassName("report-receipt");
        getElement().setAttribute("role", "status");
        HazardCase hazardCase = receipt.hazardCase();
        H2 heading = new H2(getTranslation("report.receipt.title"));
        heading.setId("receipt-heading");
        add(heading, new Paragraph(getTranslation("report.receipt.text")),
                value("report.receipt.code", receipt.formattedCode(), "receipt-code"),
                value("report.receipt.pin", receipt.pin(), "receipt-pin"),
                new Paragraph(getTranslation("report.receipt.keep")));
        Paragraph department = new Paragraph(getTranslation("report.receipt.department",
                hazardCase.department().name().in(getLocale())));
        department.setId("receipt-department");
        add(department, new WhyThisDepartment(hazardCase.sector(), hazardCase.area(), hazardCase.routedDepartment(),
                hazardCase.rule(), hazardCase.basis()));
        RouterLink track = new RouterLink(getTranslation("report.receipt.track"), TrackView.class);
        track.setId("receipt-track");
        add(track);
    }

    private Div value(String labelKey, String value, String id) {
        Span shown = new Span(value);
        shown.setId(id);
        shown.addClassName("receipt-value");
        Div line = new Div(new Span(getTranslation(labelKey)), shown);
        line.addClassName("receipt-line");
        return line;
    }
}
