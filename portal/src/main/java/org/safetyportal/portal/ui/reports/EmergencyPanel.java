package org.safetyportal.portal.ui.reports;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The first thing a reporter sees: when someone is in danger now, a form is the wrong way. Large
 * tap-to-call links to the fire brigade, the police and the ambulance, and the 12350 line for those
 * who would rather report by phone.
 */
class EmergencyPanel extends Div {

    EmergencyPanel() {
        setId("report-emergency");
        addClassName("report-emergency");
        getElement().setAttribute("role", "region");
        H2 heading = new H2(getTranslation("report.emergency.title"));
        heading.setId("emergency-heading");
        getElement().setAttribute("aria-labelledby", "emergency-heading");
        Div calls = new Div(call("119", "report.emergency.fire"), call("110", "report.emergency.police"),
                call("120", "report.emergency.ambulance"));
        calls.addClassName("report-calls");
        Paragraph hotline = new Paragraph(getTranslation("report.emergency.hotline"));
        Anchor line = call("12350", "report.emergency.hotlineCall");
        line.addClassName("report-call-hotline");
        add(heading, new Paragraph(getTranslation("report.emergency.text")), calls, hotline, line);
    }

    private Anchor call(String number, String labelKey) {
        Anchor anchor = new Anchor("tel:" + number, getTranslation(labelKey, number));
        anchor.setId("call-" + number);
        anchor.addClassName("report-call");
        return anchor;
    }
}
