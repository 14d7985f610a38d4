package org.safetyportal.reporting.duplicates;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.reporting.challenge.ChallengeAnswer;
import org.safetyportal.reporting.challenge.HumanCheck;
import org.safetyportal.reporting.challenge.HumanCheckRequired;
import org.safetyportal.reporting.cases.CaseActions;
import org.safetyportal.reporting.cases.CaseJournal;
import org.safetyportal.reporting.cases.CaseWorkflow;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.identity.ReportingKey;
import org.safetyportal.reporting.intake.IntakeLimits;
import org.safetyportal.reporting.intake.IntakeSource;
import org.safetyportal.reporting.intake.ReportIntake;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.publiccases.PublicCase;
import org.safetyportal.reporting.publiccases.PublicCases;

/**
 * A visitor's "this is the same" instead of a second report: one support per case and device, counted
 * against the same limits as reports ({@link IntakeLimits}), asked the same human check from a busy source
 * ({@link HumanCheck}: from the fourth report or support within the hour), and recorded as a public step of the case,
 * which the ledger records like every other, so that the count anyone reads can be verified. Only an
 * open, published case can be supported; the case row is locked so that a closure and a support are taken in turn.
 */
@Singleton
public class CaseSupports {

    private static final int MAX_DEVICE_TEXT = 200;

    private final DSLContext dsl;
    private final PublicCases cases;
    private final ReportRepository reports;
    private final SupportRepository supports;
    private final CaseJournal journal;
    private final CaseWorkflow workflow;
    private final IntakeLimits limits;
    private final ReportingKey key;
    private final HumanCheck humanCheck;
    private final CityClock clock;

    CaseSupports(DSLContext dsl, PublicCases cases, ReportRepository reports, SupportRepository supports,
            CaseJournal journal, CaseWorkflow workflow, IntakeLimits limits, HumanCheck humanCheck, ReportingKey key,
            CityClock clock) {
        this.dsl = dsl;
        this.cases = cases;
        this.reports = reports;
        this.supports = supports;
        this.journal = journal;
        this.workflow = workflow;
        this.limits = limits;
        this.humanCheck = humanCheck;
        this.key = key;
        this.clock = clock;
    }

    /**
     * Supports the case of this public number from this source; refuses, in words, an unknown or closed case and a
     * source at its limits. From a busy source it waits for a human check ({@link HumanCheckRequired} until
     * {@code answer} passes), as a report does; a device that already supports the case is told so, and asked nothing.
     */
    public Support support(String caseNumber, IntakeSource source, ChallengeAnswer answer) {
        PublicCase published = cases.byNumber(caseNumber).orElseThrow(() -> new ValidationException("support.case.unknown"));
        if (!published.open()) {
            throw new ValidationException("support.case.closed");
        }
        String device = source == null || source.device() == null || source.device().isBlank() ? null : source.device().strip();
        if (device == null) {
            throw new ValidationException("support.device.required");
        }
        int caseId = published.caseId();
        String mark = key.sourceMark("support:" + caseId + ":"
                + (device.length() > MAX_DEVICE_TEXT ? device.substring(0, MAX_DEVICE_TEXT) : device));
        if (supports.exists(caseId, mark)) {
            return new Support(published.number(), false);
        }
        if (limits.check(source, "support") && !humanCheck.passes(answer)) {
            throw new HumanCheckRequired("support", answer != null);
        }
        return dsl.transactionResult(() -> {
            HazardCase current = reports.lock(caseId).orElseThrow(() -> new ValidationException("support.case.unknown"));
            if (!workflow.isOpen(current.status())) {
                throw new ValidationException("support.case.closed");
            }
            if (supports.exists(caseId, mark)) {
                return new Support(published.number(), false);
            }
            Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
            int eventId = journal.record(current, new CaseJournal.Step(CaseActions.SUPPORT, current.status(),
                    current.outcome(), null, null, null, true, ReportIntake.CITIZEN), now).id();
            supports.insert(caseId, mark, eventId, now);
            limits.count(source);
            return new Support(published.number(), true);
        });
    }

    /** How many devices support the case (the stored rows; the public count is that of its published steps). */
    int count(int caseId) {
        return supports.count(caseId);
    }
}
