package org.safetyportal.portal.ui.rectification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import org.safetyportal.content.rectification.AccountabilityDecision;
import org.safetyportal.content.rectification.AccountabilityRegister;
import org.safetyportal.portal.ui.readers.PublicCredit;

/** One entry of the 追责问责清单 at a permalink: the unit and post held to account, the measure, who decided and when, and what about. */
@Route(value = "accountability/:" + AccountabilityView.CODE)
@AnonymousAllowed
@Prototype
public class AccountabilityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final AccountabilityRegister decisions;
    private String code;

    AccountabilityView(AccountabilityRegister decisions) {
        this.decisions = decisions;
        addClassName("accountability-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountabilityDecision decision = event.getRouteParameters().get(CODE).flatMap(decisions::byCode).orElse(null);
        if (decision == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        code = decision.decisionCode();
        removeAll();
        H1 heading = new H1(getTranslation("accountability.page.heading", decision.decisionCode()));
        heading.setId("decision-heading");
        add(heading, createFacts(decision),
                new Paragraph(new Span(getTranslation("accountability.page.ledgerNote") + " "),
                        PublicCredit.ledgerLink(this, decision.ledgerSubject())),
                new RouterLink(getTranslation("accountability.page.back"), AccountabilityListView.class));
    }

    @Override
    public String getPageTitle() {
        return (code == null ? getTranslation("accountability.title") : getTranslation("accountability.page.heading", code))
                + " · " + getTranslation("app.title");
    }

    private Component createFacts(AccountabilityDecision d) {
        Span reason = new Span(d.reason());
        reason.setId("decision-reason");
        Span post = new Span(d.heldPost());
        post.setId("decision-post");
        Div facts = new Div(
                RectificationParts.line(this, "accountability.field.heldUnit", new Span(d.heldUnit())),
                RectificationParts.line(this, "accountability.field.heldPost", post),
                RectificationParts.line(this, "accountability.field.measure",
                        new Span(getTranslation("accountability.measure." + d.measure().name()))),
                RectificationParts.line(this, "accountability.field.reason", reason),
                RectificationParts.line(this, "accountability.field.decidedBy", new Span(d.decidedBy())),
                RectificationParts.line(this, "accountability.field.decisionDate", new Span(d.decisionDate().toString())),
                RectificationParts.line(this, "rectification.field.department", new Span(d.department().name().in(getLocale()))));
        d.problem().ifPresent(c -> facts.add(RectificationParts.line(this, "accountability.field.problem",
                RectificationParts.problemLink(c, "decision-problem-"))));
        d.hazard().ifPresent(c -> {
            facts.add(RectificationParts.line(this, "accountability.field.hazard",
                    RectificationParts.pageLink("/hazards/", c, "decision-hazard")));
        });
        facts.setId("decision-facts");
        facts.addClassName("inspection-card");
        return facts;
    }
}
