package org.safetyportal.reporting.cases;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.ledger.Sha256;
import org.safetyportal.reporting.alerts.ReportAlerts;
import org.safetyportal.reporting.internal.EventInsert;
import org.safetyportal.reporting.internal.ReportRepository;

/**
 * Writes the steps of a case. A public step is appended to the publication ledger in the caller's
 * transaction, so that what the reporter and the public are told about a case (routed, accepted,
 * closed) is recorded and verifiable; an internal note alone never is. A public step's e-mail alert to
 * the reporter, if the reporter gets them ({@link ReportAlerts}), is queued in the same transaction.
 */
@Singleton
public class CaseJournal {

    public static final String LEDGER_EVENT = "hazardCase.step";

    private final ReportRepository repository;
    private final PublicationLedger ledger;
    private final ReportAlerts alerts;

    CaseJournal(ReportRepository repository, PublicationLedger ledger, ReportAlerts alerts) {
        this.repository = repository;
        this.ledger = ledger;
        this.alerts = alerts;
    }

    /** One step: what was done, where it leaves the case, and what the public and the staff are told. */
    public record Step(String action, String statusAfter, String outcome, LocalDate deadline,
            String publicNote, String internalNote, boolean isPublic, String actor) {
    }

    /**
     * Records a step of a case, given as it stands after the step (status and department already
     * stored); answers the step as stored.
     */
    public CaseEvent record(HazardCase hazardCase, Step step, Instant at) {
        int id = write(hazardCase, repository.nextEventNo(hazardCase.id()), step, at);
        return repository.event(id).orElseThrow();
    }

    /**
     * Records the first step of cases stored in the caller's transaction, the same step for each: its number is 1,
     * and nothing is read back but the steps' ids, for this is the step every citizen's report takes. The steps'
     * rows and their ledger entries are written for all the cases at once.
     */
    public void recordFirst(List<HazardCase> newCases, Step step, Instant at) {
        List<String> canonical = new ArrayList<>(newCases.size());
        List<EventInsert> rows = new ArrayList<>(newCases.size());
        for (HazardCase newCase : newCases) {
            String content = step.isPublic() ? CaseEventContentSource.canonical(newCase, pending(newCase, 1, step, at)) : null;
            canonical.add(content);
            rows.add(row(newCase, 1, step, at, content == null ? null : Sha256.of(content)));
        }
        List<Integer> ids = repository.insertEvents(rows);
        List<PublicationLedger.NewEntry> entries = new ArrayList<>();
        for (int i = 0; i < newCases.size(); i++) {
            alerts.queue(newCases.get(i).id(), ids.get(i), step.action(), step.isPublic(), at);
            if (step.isPublic()) {
                entries.add(new PublicationLedger.NewEntry(LEDGER_EVENT, CaseEventContentSource.PREFIX + ids.get(i),
                        canonical.get(i), at));
            }
        }
        // Last: the ledger's turn is held from the append to the commit, and every other writer waits for it.
        if (!entries.isEmpty()) {
            ledger.appendAll(entries);
        }
    }

    private int write(HazardCase hazardCase, int eventNo, Step step, Instant at) {
        String canonical = step.isPublic() ? CaseEventContentSource.canonical(hazardCase, pending(hazardCase, eventNo, step, at))
                : null;
        int id = repository.insertEvent(row(hazardCase, eventNo, step, at, canonical == null ? null : Sha256.of(canonical)));
        alerts.queue(hazardCase.id(), id, step.action(), step.isPublic(), at);
        // Last: the ledger's turn is held from the append to the commit, and every other writer waits for it.
        if (step.isPublic()) {
            ledger.append(LEDGER_EVENT, CaseEventContentSource.PREFIX + id, canonical, at);
        }
        return id;
    }

    /** The public step as the verifier will rebuild it, before it has an id. */
    private static CaseEvent pending(HazardCase hazardCase, int eventNo, Step step, Instant at) {
        return new CaseEvent(0, hazardCase.id(), eventNo, step.action(), step.statusAfter(), hazardCase.department(),
                step.outcome(), step.deadline(), step.publicNote(), null, true, step.actor(), at, null);
    }

    private static EventInsert row(HazardCase hazardCase, int eventNo, Step step, Instant at, String hash) {
        return new EventInsert(hazardCase.id(), eventNo, step.action(), step.statusAfter(), hazardCase.department().code(),
                step.outcome(), step.deadline(), step.publicNote(), step.internalNote(), step.isPublic(), step.actor(), at, hash);
    }
}
