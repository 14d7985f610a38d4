package org.safetyportal.portal.ui.ledger;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.ledger.LedgerVerification;
import org.safetyportal.content.ledger.PublicationLedger;

/**
 * The publication ledger in public: every publication event with its hashes, and a button that
 * recomputes the whole chain and every published content on the server, as anyone can do with
 * {@code /api/v1/ledger/verify}.
 */
@Route(value = "ledger")
@AnonymousAllowed
@Prototype
public class LedgerView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 200;

    private final PublicationLedger ledger;
    private final DateTimeFormatter time;
    private final Paragraph result = new Paragraph();

    LedgerView(PublicationLedger ledger, CityClock city) {
        this.ledger = ledger;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(city.zone());
        H1 heading = new H1(getTranslation("ledger.title"));
        heading.setId("ledger-heading");
        Button verify = new Button(getTranslation("ledger.verify"), click -> verify());
        verify.setId("ledger-verify");
        result.setId("ledger-result");
        result.getElement().setAttribute("role", "status");
        add(heading, new Paragraph(getTranslation("ledger.explain", ledger.size())), verify, result, createGrid());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.title") + " · " + getTranslation("app.title");
    }

    private Grid<LedgerEntry> createGrid() {
        Grid<LedgerEntry> grid = new Grid<>();
        grid.setId("ledger-entries");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LedgerEntry::seq).setHeader(getTranslation("ledger.seq")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> time.format(entry.occurredAt())).setHeader(getTranslation("ledger.time")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("ledger.event." + entry.eventType())).setHeader(getTranslation("ledger.event")).setAutoWidth(true);
        grid.addColumn(LedgerEntry::subject).setHeader(getTranslation("ledger.subject")).setAutoWidth(true);
        grid.addColumn(LedgerEntry::contentHash).setHeader(getTranslation("ledger.contentHash")).setFlexGrow(1);
        grid.addColumn(LedgerEntry::entryHash).setHeader(getTranslation("ledger.entryHash")).setFlexGrow(1);
        grid.setItems(ledger.entries(0, SHOWN));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void verify() {
        LedgerVerification verification = ledger.verify();
        if (verification.intact()) {
            result.setText(getTranslation("ledger.intact", verification.entriesChecked(), verification.headHash()));
            result.setClassName("ledger-ok");
        } else if (verification.firstBrokenSeq() == null) {
            // A row that claims publication without any record, or a saved head no longer in the chain.
            result.setText(getTranslation("ledger.brokenSubject", String.valueOf(verification.subject()),
                    getTranslation("ledger.problem." + verification.problem().name())));
            result.setClassName("form-error");
        } else {
            result.setText(getTranslation("ledger.broken", verification.firstBrokenSeq(),
                    getTranslation("ledger.problem." + verification.problem().name())));
            result.setClassName("form-error");
        }
    }
}
