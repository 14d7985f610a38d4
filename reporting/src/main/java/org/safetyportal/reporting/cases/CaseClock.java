package org.safetyportal.reporting.cases;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The time limits of a case: a decision on acceptance within {@value #ACCEPT_WITHIN_WORKING_DAYS}
 * working day of receipt, closure within {@value #CLOSE_WITHIN_DAYS} days. Time comes from the
 * injected clock, so tests move it.
 */
@Singleton
public class CaseClock {

    public static final int ACCEPT_WITHIN_WORKING_DAYS = 1;
    public static final int CLOSE_WITHIN_DAYS = 60;
    private static final ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");

    private final WorkingDays workingDays;
    private final CaseWorkflow workflow;
    private final Clock clock;

    CaseClock(WorkingDays workingDays, CaseWorkflow workflow, Clock clock) {
        this.workingDays = workingDays;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** What the case is waiting for and by when; empty once it is closed. */
    public Optional<Due> due(HazardCase hazardCase) {
        if (!workflow.isOpen(hazardCase.status())) {
            return Optional.empty();
        }
        LocalDate received = hazardCase.submittedAt().atZone(CITY_TIME).toLocalDate();
        boolean awaitingAcceptance = CaseStatuses.SUBMITTED.equals(hazardCase.status());
        LocalDate date = awaitingAcceptance ? workingDays.after(received, ACCEPT_WITHIN_WORKING_DAYS)
                : received.plusDays(CLOSE_WITHIN_DAYS);
        return Optional.of(new Due(awaitingAcceptance ? Due.Kind.ACCEPTANCE : Due.Kind.CLOSURE, date,
                today().isAfter(date)));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CITY_TIME));
    }

    /** A time limit: for which decision, the last day, and whether that day has passed. */
    public record Due(Kind kind, LocalDate date, boolean overdue) {

        public enum Kind { ACCEPTANCE, CLOSURE }
    }
}
