package org.safetyportal.portal.ui.ledger;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import java.util.List;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.ledger.PublicationLedger;

/**
 * The ledger entries of one publication ({@code /ledger/entries?subject=...}), where a public page's
 * "verify it in the ledger" link leads: each entry's number, time, event and hashes, so a reader can
 * compare them with the content and with {@code /api/v1/ledger}. A subject with no entry is not found.
 */
@Route(value = LedgerSubjectView.ROUTE)
@AnonymousAllowed
@Prototype
public class LedgerSubjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "ledger/entries";
    static final String SUBJECT = "subject";

    private final PublicationLedger ledger;
    private final DateTimeFormatter time;

    LedgerSubjectView(PublicationLedger ledger, CityClock city) {
        this.ledger = ledger;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(city.zone());
        addClassName("ledger-subject-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> subjects = event.getLocation().getQueryParameters().getParameters().getOrDefault(SUBJECT, List.of());
        List<LedgerEntry> entries = subjects.size() == 1 ? ledger.entriesFor(subjects.get(0)) : List.of();
        if (entries.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H1 heading = new H1(getTranslation("ledger.subjectPage.title"));
        heading.setId("ledger-subject-heading");
        Paragraph subject = new Paragraph(getTranslation("ledger.subjectPage.subject") + " ");
        subject.add(new Code(subjects.get(0)));
        OrderedList list = new OrderedList();
        list.setId("ledger-subject-entries");
        entries.forEach(entry -> list.add(entry(entry)));
        add(heading, new Paragraph(getTranslation("ledger.subjectPage.explain")), subject, list,
                new RouterLink(getTranslation("ledger.title"), LedgerView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.subjectPage.title") + " · " + getTranslation("app.title");
    }

    private ListItem entry(LedgerEntry entry) {
        ListItem item = new ListItem(new Span(getTranslation("ledger.subjectPage.entry", entry.seq(),
                time.format(entry.occurredAt()), getTranslation("ledger.event." + entry.eventType()))));
        item.setId("ledger-entry-" + entry.seq());
        item.add(hash("ledger.contentHash", entry.contentHash()), hash("ledger.entryHash", entry.entryHash()),
                hash("ledger.subjectPage.previousHash", entry.previousHash()));
        return item;
    }

    private Div hash(String label, String value) {
        Div line = new Div(new Span(getTranslation(label) + getTranslation("ledger.subjectPage.colon")), new Code(value));
        line.addClassName("ledger-hash-line");
        return line;
    }
}
