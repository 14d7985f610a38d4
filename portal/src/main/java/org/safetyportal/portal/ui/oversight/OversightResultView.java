package org.safetyportal.portal.ui.oversight;

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
import java.util.Optional;
import org.safetyportal.content.organization.Department;
import org.safetyportal.portal.ui.readers.PublicCredit;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.content.oversight.OversightResult;
import org.safetyportal.content.oversight.RectificationReport;

/** One result's permanent page ({@code /oversight/{code}}): everything published about it and its rectification report. */
@Route(value = "oversight/:" + OversightResultView.CODE)
@AnonymousAllowed
@Prototype
public class OversightResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final OversightRegister register;
    private String title;

    OversightResultView(OversightRegister register) {
        this.register = register;
        addClassName("oversight-result-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OversightResult> found = event.getRouteParameters().get(CODE).flatMap(register::byCode);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        OversightResult result = found.get();
        OversightCells cells = new OversightCells(result, getLocale());
        title = result.inspectedParty().name().in(getLocale()) + " · " + cells.kind();
        removeAll();
        H1 heading = new H1(title);
        heading.setId("result-heading");
        RouterLink back = new RouterLink(getTranslation("oversight.back"), OversightView.class);
        back.setId("result-back");
        Div card = new Div(
                line("oversight.field.code", "result-code", text(result.resultCode())),
                line("oversight.field.kind", "result-kind", text(cells.kind())),
                line("oversight.field.conductor", "result-conductor", text(result.conductingDepartment().name().in(getLocale()))),
                line("oversight.field.party", "result-party", text(result.inspectedParty().name().in(getLocale()))),
                line("oversight.field.period", "result-period", text(cells.period())),
                line("oversight.field.year", "result-year", text(Integer.toString(result.year()))));
        if (result.documentNo() != null) {
            card.add(line("oversight.field.documentNo", "result-document", text(result.documentNo())));
        }
        card.add(line("oversight.field.findings", "result-findings", text(result.findings())));
        if (result.grade() != null) {
            card.add(line("oversight.field.grade", "result-grade", cells.grade()));
        }
        card.add(line("oversight.field.requirements", "result-requirements", text(result.requiresRectification()
                        ? result.rectificationRequirements() : getTranslation("oversight.rectification.NOT_REQUIRED"))),
                line("oversight.field.rectification", "result-rectification", cells.rectification(register.today())),
                line("oversight.field.decisionDate", "result-decision", text(result.decisionDate().toString())),
                line("oversight.field.publicationDate", "result-publication", text(result.publicationDate().toString())),
                line("oversight.field.publishedBy", "result-published-by", text(PublicCredit.of(this, result.conductingDepartment(), PublicCredit.PUBLISHER))),
                line("oversight.field.ledger", "result-ledger",
                        ledger(result.ledgerSubject(), result.contentHash())));
        if (result.publishedElsewhereOn() != null) {
            // The department's own statement, shown as such: the portal's day is the one that counts.
            Paragraph claim = new Paragraph(getTranslation("oversight.result.publishedElsewhereClaim",
                    result.conductingDepartment().name().in(getLocale()), result.publishedElsewhereOn().toString()));
            claim.setId("result-published-elsewhere");
            card.add(claim);
        }
        card.addClassName("inspection-card");
        card.setId("result-card");
        add(heading, back, card);
        if (result.requiresRectification()) {
            add(report(result.rectificationReport(), result.conductingDepartment()));
        }
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("oversight.title") : title) + " · " + getTranslation("app.title");
    }

    /** Filed by the conducting department, as {@code NewRectificationReport} says. */
    private Component report(Optional<RectificationReport> report, Department conductor) {
        Div section = new Div(new H2(getTranslation("oversight.report.heading")));
        section.setId("result-report");
        section.addClassName("inspection-card");
        if (report.isEmpty()) {
            section.add(new Paragraph(getTranslation("oversight.report.none")));
            return section;
        }
        RectificationReport r = report.get();
        section.add(line("oversight.report.reportDate", "report-date", text(r.reportDate().toString())),
                line("oversight.report.summary", "report-summary", text(r.summary())),
                line("oversight.report.publicationDate", "report-publication", text(r.publicationDate().toString())),
                line("oversight.report.filedBy", "report-filed-by", text(PublicCredit.of(this, conductor, PublicCredit.PUBLISHER))),
                line("oversight.field.ledger", "report-ledger",
                        ledger(r.ledgerSubject(), r.contentHash())));
        return section;
    }

    private Span ledger(String subject, String hash) {
        Span ledger = text(getTranslation("oversight.contentHash", hash) + " ");
        ledger.add(PublicCredit.ledgerLink(this, subject));
        return ledger;
    }

    private static Span text(String value) {
        return new Span(value);
    }

    private Div line(String labelKey, String id, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("inspection-label");
        Div line = new Div(label, value);
        line.setId(id);
        line.addClassName("inspection-line");
        return line;
    }
}
