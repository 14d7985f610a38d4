package org.safetyportal.portal.ui.rectification;

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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.content.rectification.AccountabilityRegister;
import org.safetyportal.content.rectification.ProblemCompletion;
import org.safetyportal.content.rectification.ProblemRegister;
import org.safetyportal.content.rectification.RectificationProblem;
import org.safetyportal.portal.ui.readers.PublicCredit;

/**
 * One problem of the 问题整改清单 at a permalink: the facts, the measures, where it came from (the listed
 * major hazard, the inspection result, the oversight result, each linked), its completion and the
 * accountability decisions about it.
 */
@Route(value = "rectification/:" + ProblemView.CODE)
@AnonymousAllowed
@Prototype
public class ProblemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final ProblemRegister problems;
    private final AccountabilityRegister decisions;
    private String code;

    ProblemView(ProblemRegister problems, AccountabilityRegister decisions) {
        this.problems = problems;
        this.decisions = decisions;
        addClassName("problem-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RectificationProblem problem = event.getRouteParameters().get(CODE).flatMap(problems::byCode).orElse(null);
        if (problem == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        code = problem.problemCode();
        removeAll();
        H1 heading = new H1(getTranslation("rectification.page.heading", problem.problemCode()));
        heading.setId("problem-heading");
        Paragraph description = new Paragraph(problem.description());
        description.setId("problem-description");
        add(heading, description, createFacts(problem), createOrigin(problem));
        problem.completion().ifPresent(completion -> add(createCompletion(problem, completion)));
        add(RectificationParts.decisions("problem-decisions", decisions.ofProblem(problem.problemCode())),
                new Paragraph(new Span(getTranslation("rectification.page.ledgerNote") + " "),
                        PublicCredit.ledgerLink(this, problem.ledgerSubject())),
                new RouterLink(getTranslation("rectification.page.back"), ProblemsView.class));
    }

    @Override
    public String getPageTitle() {
        return (code == null ? getTranslation("rectification.title") : getTranslation("rectification.page.heading", code))
                + " · " + getTranslation("app.title");
    }

    private Component createFacts(RectificationProblem p) {
        Span measures = new Span(p.measures());
        measures.setId("problem-measures");
        Div facts = new Div(
                RectificationParts.line(this, "rectification.field.source", new Span(getTranslation("rectification.source." + p.source().name()))),
                RectificationParts.line(this, "rectification.field.campaign", new Span(p.campaign())),
                RectificationParts.line(this, "rectification.field.inspectedParty", new Span(p.inspectedParty())),
                RectificationParts.line(this, "inspections.column.county", new Span(p.area().name().in(getLocale()))),
                RectificationParts.line(this, "rectification.field.department", new Span(p.department().name().in(getLocale()))),
                RectificationParts.line(this, "rectification.field.measures", measures),
                RectificationParts.line(this, "rectification.field.responsibleUnit", new Span(p.responsibleUnit())),
                RectificationParts.line(this, "rectification.field.foundDate", new Span(p.foundDate().toString())),
                RectificationParts.line(this, "rectification.field.deadline", new Span(p.deadline().toString())),
                RectificationParts.line(this, "rectification.field.status", RectificationParts.status(p)));
        facts.setId("problem-facts");
        facts.addClassName("inspection-card");
        return facts;
    }

    /** The entries it came from, each a link to its own page; says so when none is named. */
    private Component createOrigin(RectificationProblem p) {
        Div origin = new Div(new H2(getTranslation("rectification.page.origin")));
        origin.setId("problem-origin");
        p.hazard().ifPresent(c -> origin.add(RectificationParts.line(this, "rectification.field.hazard", RectificationParts.pageLink("/hazards/", c, "problem-hazard"))));
        p.inspection().ifPresent(c -> origin.add(RectificationParts.line(this, "rectification.field.inspection",
                RectificationParts.pageLink("/inspections/", c, "problem-inspection"))));
        p.oversight().ifPresent(c -> origin.add(RectificationParts.line(this, "rectification.field.oversight",
                RectificationParts.pageLink("/oversight/", c, "problem-oversight"))));
        if (p.hazard().isEmpty() && p.inspection().isEmpty() && p.oversight().isEmpty()) {
            origin.add(new Paragraph(getTranslation("rectification.page.noOrigin")));
        }
        return origin;
    }

    private Component createCompletion(RectificationProblem problem, ProblemCompletion completion) {
        Paragraph text = new Paragraph(getTranslation("rectification.completion.text", completion.date().toString(),
                completion.note(), PublicCredit.of(this, problem.department(), PublicCredit.PUBLISHER)));
        Div box = new Div(new H2(getTranslation("rectification.completion.title")), text,
                new Paragraph(new Span(getTranslation("rectification.page.ledgerNote") + " "),
                        PublicCredit.ledgerLink(this, completion.ledgerSubject())));
        box.setId("problem-completion");
        box.addClassName("hazard-signoff");
        return box;
    }
}
