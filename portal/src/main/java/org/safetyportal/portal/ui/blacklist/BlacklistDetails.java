package org.safetyportal.portal.ui.blacklist;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import org.safetyportal.portal.ui.readers.PublicCredit;
import org.safetyportal.content.blacklist.BlacklistEntry;
import org.safetyportal.content.blacklist.BlacklistStatus;

/**
 * One blacklist entry as the public reads it, on its permalink and on the enterprise page alike:
 * status, basis, dates, the early removal if any, its history, and always the objection route.
 */
public class BlacklistDetails extends Div {

    public BlacklistDetails(BlacklistEntry entry, LocalDate today) {
        addClassName("blacklist-details");
        BlacklistStatus status = entry.status(today);
        Span badge = new Span(getTranslation("blacklist.status." + status.name()));
        badge.addClassNames("blacklist-status", "blacklist-status-" + status.name().toLowerCase());
        badge.setId("blacklist-status-" + entry.id());
        add(new Div(badge));
        add(line("blacklist.column.creditCode", entry.creditCode()));
        if (entry.responsiblePerson() != null) {
            add(line("blacklist.field.responsiblePerson", entry.responsiblePerson()));
        }
        add(line("blacklist.column.county", entry.area().name().in(getLocale())),
                line("blacklist.column.sector", entry.sector().name().in(getLocale())),
                line("blacklist.column.department", entry.department().name().in(getLocale())),
                line("blacklist.field.conduct", entry.conduct()),
                line("blacklist.field.legalBasis", entry.legalBasis()),
                line("blacklist.field.decisionNo", entry.decisionNo()),
                line("blacklist.column.listingDate", entry.listingDate().toString()),
                line("blacklist.column.expiryDate", entry.expiryDate().toString()));
        if (entry.removal() != null) {
            Div removal = new Div(line("blacklist.field.removalDate", entry.removal().removalDate().toString()),
                    line("blacklist.field.removalReason", entry.removal().reason()),
                    new Div(new Span(getTranslation("blacklist.field.removalApproved",
                            PublicCredit.of(this, entry.department(), PublicCredit.PUBLISHER),
                            PublicCredit.of(this, entry.department(), PublicCredit.REVIEWER)))));
            removal.setId("blacklist-removal-" + entry.id());
            removal.addClassName("blacklist-removal");
            add(removal);
        }
        add(createObjection(entry), createHistory(entry, today));
    }

    private Component createObjection(BlacklistEntry entry) {
        Div objection = new Div(new H3(getTranslation("blacklist.objection.heading")),
                line("blacklist.objection.contact", entry.objectionContact()),
                line("blacklist.objection.phone", entry.objectionPhone()),
                line("blacklist.objection.channel", entry.objectionChannel()));
        objection.setId("blacklist-objection-" + entry.id());
        objection.addClassName("blacklist-objection");
        return objection;
    }

    private Component createHistory(BlacklistEntry entry, LocalDate today) {
        UnorderedList events = new UnorderedList();
        events.setId("blacklist-history-" + entry.id());
        events.addClassName("blacklist-history");
        entry.history(today).forEach(event -> events.add(new ListItem(
                getTranslation("blacklist.history." + event.kind().name(), event.date().toString()))));
        return new Div(new H3(getTranslation("blacklist.history.heading")), events);
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("blacklist-label");
        Div line = new Div(label, new Span(value));
        line.addClassName("blacklist-line");
        return line;
    }
}
