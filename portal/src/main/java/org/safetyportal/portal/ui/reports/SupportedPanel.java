package org.safetyportal.portal.ui.reports;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.safetyportal.reporting.duplicates.Support;

/** Shown in place of the form once the visitor supported an existing case: no receipt, since no report was made. */
class SupportedPanel extends Div {

    SupportedPanel(Support support) {
        setId("support-confirmation");
        addClassName("report-receipt");
        getElement().setAttribute("role", "status");
        H2 heading = new H2(getTranslation("report.supported.heading"));
        Paragraph text = new Paragraph(getTranslation(support.counted() ? "report.supported.text" : "report.supported.already",
                support.caseNumber()));
        text.setId("support-text");
        Anchor link = new Anchor("cases/" + support.caseNumber(), getTranslation("report.supported.link", support.caseNumber()));
        link.setId("support-case-link");
        add(heading, text, link);
    }
}
