package org.safetyportal.reporting.cases;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
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
     * Records the first step of a case stored in the caller's transaction: its number is 1, and nothing is read
     * back, for this is the step every citizen's report takes.
     */
    public void recordFirst(HazardCase newCase, Step step, Instant at) {
        write(newCase, 1, step, at);
    }

    private int write(HazardCase hazardCase, int eventNo, Step step, Instant at) {
        String hash = null;
        String canonical = null;
        if (step.isPublic()) {
            CaseEvent pending = new CaseEvent(0, hazardCase.id(), eventNo, step.action(), step.statusAfter(),
                    hazardCase.department(), step.outcome(), step.deadline(), step.publicNote(), null, true, step.actor(),
                    at, null);
            canonical = CaseEventContentSource.canonical(hazardCase, pending);
            hash = Sha256.of(canonical);
        }
        int id = repository.insertEvent(new EventInsert(hazardCase.id(), eventNo, step.action(), step.statusAfter(),
                hazardCase.department().code(), step.outcome(), step.deadline(), step.publicNote(), step.internalNote(),
                step.isPublic(), step.actor(), at, hash));
        alerts.queue(hazardCase.id(), id, step.action(), step.isPublic(), at);
        // Last: the ledger's turn is held from the append to the commit, and every other writer waits for it.
        if (step.isPublic()) {
            ledger.append(LEDGER_EVENT, CaseEventContentSource.PREFIX + id, canonical, at);
        }
        return id;
    }
}
