package org.safetyportal.portal.ui.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.portal.ui.readers.PublicCredit;
import org.safetyportal.portal.ui.reports.WhyThisDepartment;
import org.safetyportal.reporting.publiccases.PublicCase;
import org.safetyportal.reporting.publiccases.PublicCaseStep;
import org.safetyportal.reporting.publiccases.PublicCases;

/**
 * One citizen's report in public, at a permalink of its public number (never its tracking code): the
 * category and place down to the township, the department and why it was chosen, the clock, every
 * public step with its date and note, and the outcome. Not the reporter, the reporter's words, the
 * address, photos, internal notes or who on the staff acted.
 */
@Route(value = "cases/:" + PublicCaseView.NUMBER)
@AnonymousAllowed
@Prototype
public class PublicCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NUMBER = "number";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PublicCases cases;
    private final CityClock city;
    private String number;

    PublicCaseView(PublicCases cases, CityClock city) {
        this.cases = cases;
        this.city = city;
        addClassName("case-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PublicCase found = event.getRouteParameters().get(NUMBER).flatMap(cases::byNumber).orElse(null);
        if (found == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        number = found.number();
        removeAll();
        H1 heading = new H1(getTranslation("cases.page.heading", found.number()));
        heading.setId("case-heading");
        Paragraph privacy = new Paragraph(getTranslation("cases.page.anonymised"));
        privacy.setId("case-anonymised");
        RouterLink back = new RouterLink(getTranslation("cases.page.back"), PublicCasesView.class);
        add(heading, createFacts(found), new WhyThisDepartment(found.sector(), found.area(), found.routedDepartment(),
                found.rule(), found.basis()), createSteps(found), privacy, back);
    }

    @Override
    public String getPageTitle() {
        return (number == null ? getTranslation("cases.public.title") : getTranslation("cases.page.heading", number))
                + " · " + getTranslation("app.title");
    }

    private Component createFacts(PublicCase c) {
        Span status = new Span(CaseParts.status(this, c));
        status.setId("case-status");
        Div facts = new Div(
                line("cases.public.status", status),
                line("inspections.column.sector", new Span(c.sector().name().in(getLocale()))),
                line("inspections.column.county", new Span(c.area().name().in(getLocale()))),
                line("cases.public.township", new Span(c.townshipOf().map(t -> t.name().in(getLocale()))
                        .orElse(getTranslation("cases.page.noTownship")))),
                line("cases.public.department", new Span(c.department().name().in(getLocale()))),
                line("cases.public.received", new Span(CaseParts.day(c.receivedAt(), city.zone()))));
        Span supports = new Span(String.valueOf(c.supports()));
        supports.setId("case-supports");
        facts.add(line("cases.public.supports", supports));
        if (c.dueOf().isPresent()) {
            Span due = CaseParts.due(this, c);
            due.setId("case-due");
            facts.add(line("cases.public.due", due));
        }
        if (c.rectificationDeadline() != null) {
            facts.add(line("cases.page.deadline", new Span(c.rectificationDeadline().toString())));
        }
        if (c.outcome() != null) {
            Span outcome = new Span(getTranslation("case.outcome." + c.outcome()));
            outcome.setId("case-outcome");
            facts.add(line("cases.page.outcome", outcome));
        }
        facts.setId("case-facts");
        facts.addClassName("inspection-card");
        return facts;
    }

    /** Every published step, dated, with its public note, the department that acted and its ledger entry. */
    private Component createSteps(PublicCase c) {
        OrderedList steps = new OrderedList();
        steps.setId("case-steps");
        steps.addClassName("hazard-history");
        for (PublicCaseStep step : c.steps()) {
            ListItem item = new ListItem(new Span(WHEN.format(step.at().atZone(city.zone())) + " · "
                    + getTranslation("case.action." + step.action()) + " · " + step.department().name().in(getLocale())));
            item.setId("case-step-" + step.eventNo());
            if (step.deadline() != null) {
                item.add(new Paragraph(getTranslation("track.deadline", step.deadline().toString())));
            }
            if (step.publicNote() != null) {
                Paragraph note = new Paragraph(step.publicNote());
                note.addClassName("tracked-note");
                item.add(note);
            }
            item.add(PublicCredit.ledgerLink(this, step.ledgerSubject()));
            steps.add(item);
        }
        return new Div(new H2(getTranslation("cases.page.steps")), steps);
    }

    private Div line(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("inspection-label");
        Div line = new Div(label, value);
        line.addClassName("inspection-line");
        return line;
    }
}
