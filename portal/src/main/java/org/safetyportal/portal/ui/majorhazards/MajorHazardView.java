package org.safetyportal.portal.ui.majorhazards;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
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
import org.safetyportal.content.majorhazards.FiveImplementations;
import org.safetyportal.content.majorhazards.HazardEvent;
import org.safetyportal.content.majorhazards.MajorHazard;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.content.rectification.AccountabilityRegister;
import org.safetyportal.content.rectification.ProblemRegister;
import org.safetyportal.portal.ui.readers.PublicCredit;
import org.safetyportal.portal.ui.rectification.RectificationParts;

/** One listed major hazard, at a permalink media can cite: the facts, the 五落实, the sign-off and the whole history with dates. */
@Route(value = "hazards/:" + MajorHazardView.CODE)
@AnonymousAllowed
@Prototype
public class MajorHazardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final MajorHazardRegister register;
    private final ProblemRegister problems;
    private final AccountabilityRegister decisions;
    private String code;

    MajorHazardView(MajorHazardRegister register, ProblemRegister problems, AccountabilityRegister decisions) {
        this.register = register;
        this.problems = problems;
        this.decisions = decisions;
        addClassName("hazard-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MajorHazard hazard = event.getRouteParameters().get(CODE).flatMap(register::byCode).orElse(null);
        if (hazard == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        code = hazard.registerCode();
        removeAll();
        H1 heading = new H1(getTranslation("hazards.page.heading", hazard.registerCode()));
        heading.setId("hazard-heading");
        Paragraph description = new Paragraph(hazard.description());
        description.setId("hazard-description");
        RouterLink back = new RouterLink(getTranslation("hazards.page.back"), MajorHazardsView.class);
        add(heading, description, createFacts(hazard), createFive(hazard.fiveImplementations()));
        hazard.investigation().ifPresent(referral -> add(createInvestigation(referral)));
        hazard.closing().ifPresent(signOff -> add(createSignOff(signOff)));
        // The 问题整改清单 and 追责问责清单 entries about this hazard, as the notice links the three lists.
        add(createHistory(hazard), RectificationParts.problems("hazard-problems", problems.ofHazard(hazard.registerCode())),
                RectificationParts.decisions("hazard-decisions", decisions.ofHazard(hazard.registerCode())),
                ledger(hazard.ledgerSubject()), back);
    }

    @Override
    public String getPageTitle() {
        return (code == null ? getTranslation("hazards.title") : getTranslation("hazards.page.heading", code))
                + " · " + getTranslation("app.title");
    }

    private Component createFacts(MajorHazard hazard) {
        Anchor enterprise = new Anchor("/enterprises/" + hazard.creditCode(), hazard.enterpriseName());
        enterprise.setId("hazard-enterprise");
        enterprise.getElement().setAttribute("router-ignore", true);
        Div facts = new Div(
                line("hazards.field.enterprise", enterprise),
                line("hazards.field.creditCode", new Span(hazard.creditCode())),
                line("inspections.column.county", new Span(hazard.area().name().in(getLocale()))),
                line("inspections.column.sector", new Span(hazard.sector().name().in(getLocale()))),
                line("hazards.field.department", new Span(hazard.department().name().in(getLocale()))),
                line("hazards.field.listingDate", new Span(hazard.listingDate().toString())),
                line("hazards.field.deadline", new Span(hazard.deadline().toString())),
                line("hazards.field.status", HazardBadges.status(hazard)));
        facts.setId("hazard-facts");
        facts.addClassName("inspection-card");
        return facts;
    }

    private Component createFive(FiveImplementations five) {
        Div section = new Div(new H2(getTranslation("hazards.five.title")),
                line("hazards.five.measures", new Span(five.measures())),
                line("hazards.five.responsibility", new Span(five.responsibility())),
                line("hazards.five.funds", new Span(five.funds())),
                line("hazards.five.timeLimit", new Span(five.timeLimit())),
                line("hazards.five.contingencyPlan", new Span(five.contingencyPlan())));
        section.setId("hazard-five");
        return section;
    }

    /** 比照生产安全事故调查: when it was decided and why, above everything that followed. */
    private Component createInvestigation(HazardEvent referral) {
        Paragraph text = new Paragraph(getTranslation("hazards.investigation.text", referral.date().toString(), referral.note()));
        Div box = new Div(new H2(getTranslation("hazards.investigation.title")), text, ledger(referral.ledgerSubject()));
        box.setId("hazard-investigation");
        box.addClassNames("hazard-signoff", "hazard-investigation");
        return box;
    }

    private Component createSignOff(HazardEvent signOff) {
        Paragraph text = new Paragraph(getTranslation("hazards.signOff.text", signOff.date().toString(),
                signOff.signedOffBy(), signOff.signedOffUnit()));
        Paragraph role = new Paragraph(signOff.signerRole() == null ? getTranslation("hazards.signOff.roleNotStated")
                : getTranslation("hazards.signOff.role", getTranslation("hazards.signerRole." + signOff.signerRole().name())));
        role.setId("hazard-signer-role");
        Div box = new Div(new H2(getTranslation("hazards.signOff.title")), text, role);
        box.setId("hazard-signoff");
        box.addClassName("hazard-signoff");
        return box;
    }

    private Paragraph ledger(String subject) {
        Paragraph ledger = new Paragraph(getTranslation("hazards.page.ledgerPublic") + " ");
        ledger.add(PublicCredit.ledgerLink(this, subject));
        return ledger;
    }

    /** Listing and every step are the listing department's publisher's, as the register's rights require. */
    private String publisher(MajorHazard hazard) {
        return PublicCredit.of(this, hazard.department(), PublicCredit.PUBLISHER);
    }

    private Component createHistory(MajorHazard hazard) {
        OrderedList steps = new OrderedList();
        steps.setId("hazard-history");
        steps.addClassName("hazard-history");
        steps.add(new ListItem(getTranslation("hazards.history.listed", hazard.listingDate().toString(), publisher(hazard))));
        for (HazardEvent event : hazard.history()) {
            ListItem item = new ListItem(getTranslation("hazards.history.step", event.date().toString(),
                    getTranslation("hazards.status." + event.status().name()), event.note(), publisher(hazard)));
            item.setId("hazard-step-" + event.seq());
            steps.add(item);
        }
        return new Div(new H2(getTranslation("hazards.history.title")), steps);
    }

    private Div line(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("inspection-label");
        Div line = new Div(label, value);
        line.addClassName("inspection-line");
        return line;
    }
}
