package org.safetyportal.portal.ui.inspections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.time.Instant;
import java.util.Map;
import org.safetyportal.portal.ui.enterprises.EnterpriseView;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.inspection.InspectionCorrection;
import org.safetyportal.content.inspection.InspectionFacts;
import org.safetyportal.content.inspection.InspectionHistory;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.inspection.RectificationEvent;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.portal.ui.readers.PublicCredit;

/**
 * The permalink of one inspection result ({@code /inspections/JCYJ-2026-044}): the values in force,
 * a note when they were corrected, and the whole history: the record as first published, every
 * correction with the fields it changed and why, every rectification-status change.
 */
@Route(value = "inspections/:" + InspectionRecordView.RECORD_CODE)
@AnonymousAllowed
@Prototype
public class InspectionRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String RECORD_CODE = "recordCode";

    private final InspectionRegister register;
    private final OrganizationDirectory organization;
    private final CityClock city;
    private String title;

    InspectionRecordView(InspectionRegister register, OrganizationDirectory organization, CityClock city) {
        this.city = city;
        this.register = register;
        this.organization = organization;
        addClassName("inspection-record-view");
    }

    /** The route parameters of a record's permalink. */
    public static RouteParameters parameters(String recordCode) {
        return new RouteParameters(RECORD_CODE, recordCode);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        InspectionHistory history = event.getRouteParameters().get(RECORD_CODE).flatMap(register::history).orElse(null);
        if (history == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        InspectionRecord record = history.current();
        title = record.enterpriseName() + " · " + record.recordCode();
        removeAll();
        H1 heading = new H1(record.enterpriseName());
        heading.setId("record-heading");
        Paragraph code = new Paragraph(getTranslation("inspections.record.code", record.recordCode(),
                getTranslation("inspections.kind." + record.kind().name())));
        code.setId("record-code");
        add(heading, code);
        if (record.corrected()) {
            Div note = new Div(new Span(getTranslation("inspections.correctedNote",
                    cityDate(record.correction().correctedAt()), record.correction().reason())));
            note.setId("correction-note");
            note.addClassName("correction-note");
            add(note);
        }
        add(current(record), new RouterLink(getTranslation("inspections.record.enterprise"), EnterpriseView.class,
                new RouteParameters(EnterpriseView.CREDIT_CODE, record.creditCode())),
                new H2(getTranslation("inspections.history.title")), history(history));
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("section.inspections.title") : title) + " · " + getTranslation("app.title");
    }

    private Component current(InspectionRecord record) {
        InspectionCells cells = new InspectionCells(record, getLocale());
        Div card = new Div(
                line("inspections.column.department", new Span(record.department().name().in(getLocale()))),
                line("inspections.field.creditCode", new Span(record.creditCode())),
                line("inspections.column.county", cells.county()),
                line("inspections.column.sector", new Span(record.sector().name().in(getLocale()))),
                line("inspections.column.date", new Span(record.inspectionDate().toString())),
                line("inspections.column.findings", new Span(record.findings())));
        if (record.violationDescription() != null) {
            card.add(new Paragraph(getTranslation("inspections.violation", record.violationDescription(),
                    record.violationBasis() == null ? "" : record.violationBasis())));
        }
        card.add(line("inspections.column.measures", cells.measures()),
                line("inspections.column.rectification", cells.rectification()),
                line("inspections.field.decisionDate", new Span(record.decisionDate().toString())),
                publicationLine(record));
        if (record.publishedElsewhereOn() != null) {
            // The department's word, not the portal's: shown as a claim and never counted for timeliness.
            Paragraph claim = new Paragraph(getTranslation("inspections.record.publishedElsewhereClaim",
                    record.department().name().in(getLocale()), record.publishedElsewhereOn().toString()));
            claim.setId("record-published-elsewhere");
            claim.addClassName("publication-claim");
            card.add(claim);
        }
        card.setId("record-current");
        card.addClassName("inspection-card");
        return card;
    }

    private Component history(InspectionHistory history) {
        OrderedList entries = new OrderedList();
        entries.setId("record-history");
        entries.addClassName("record-history");
        InspectionRecord original = history.original();
        ListItem first = new ListItem(new Span(getTranslation("inspections.history.published",
                cityDate(original.publishedAt()), publisher(original))));
        first.setId("history-original");
        first.add(facts(InspectionFacts.of(original)), provenance(original.ledgerSubject(), original.contentHash()));
        entries.add(first);
        InspectionFacts before = InspectionFacts.of(original);
        for (InspectionCorrection correction : history.corrections()) {
            ListItem item = new ListItem(new Span(getTranslation("inspections.history.corrected", correction.correctionNo(),
                    cityDate(correction.correctedAt()), publisher(original), correction.reason())));
            item.setId("history-correction-" + correction.correctionNo());
            UnorderedList changes = new UnorderedList();
            changes.addClassName("history-changes");
            for (InspectionFacts.Change change : before.changesTo(correction.facts())) {
                changes.add(new ListItem(getTranslation("inspections.history.change",
                        getTranslation("inspections.field." + change.field()),
                        value(change.field(), change.before()), value(change.field(), change.after()))));
            }
            item.add(changes, provenance(correction.ledgerSubject(), correction.contentHash()));
            entries.add(item);
            before = correction.facts();
        }
        for (RectificationEvent event : history.events()) {
            ListItem item = new ListItem(new Span(getTranslation("inspections.history.status",
                    getTranslation("inspections.rectification." + event.status().name()), event.statusDate().toString(),
                    cityDate(event.recordedAt()), publisher(original))));
            item.setId("history-status-" + event.eventNo());
            if (event.note() != null) {
                item.add(new Paragraph(event.note()));
            }
            item.add(provenance(event.ledgerSubject(), event.contentHash()));
            entries.add(item);
        }
        return entries;
    }

    private Component facts(InspectionFacts facts) {
        UnorderedList list = new UnorderedList();
        list.addClassName("history-facts");
        for (Map.Entry<String, String> field : facts.fields().entrySet()) {
            if (field.getValue() != null) {
                list.add(new ListItem(getTranslation("inspections.history.value",
                        getTranslation("inspections.field." + field.getKey()), value(field.getKey(), field.getValue()))));
            }
        }
        return list;
    }

    /** Corrections and status changes are the inspecting department's publisher's too, as the register's rights require. */
    private String publisher(InspectionRecord record) {
        return PublicCredit.of(this, record.department(), PublicCredit.PUBLISHER);
    }

    private Paragraph provenance(String subject, String hash) {
        Paragraph provenance = new Paragraph(getTranslation("inspections.history.contentHash", hash) + " ");
        provenance.add(PublicCredit.ledgerLink(this, subject));
        provenance.addClassName("history-provenance");
        return provenance;
    }

    /** A field's value as a reader understands it: names for codes, a dash for no value. */
    private String value(String field, String value) {
        if (value == null) {
            return getTranslation("inspections.history.noValue");
        }
        return switch (field) {
            case "kind" -> getTranslation("inspections.kind." + value);
            case "area" -> organization.area(value).map(a -> a.name().in(getLocale())).orElse(value);
            case "sector" -> organization.sector(value).map(s -> s.name().in(getLocale())).orElse(value);
            default -> value;
        };
    }

    private String cityDate(Instant instant) {
        return city.dateOf(instant).toString();
    }

    private Div publicationLine(InspectionRecord record) {
        Span day = new Span(getTranslation("inspections.record.publishedByPortalOn", record.publicationDate().toString()));
        day.setId("record-publication-date");
        return line("inspections.field.publicationDate", day);
    }

    private Div line(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("inspection-label");
        Div line = new Div(label, value);
        line.addClassName("inspection-line");
        return line;
    }
}
