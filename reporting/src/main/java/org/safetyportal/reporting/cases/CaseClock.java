package org.safetyportal.reporting.cases;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.calendar.WorkingCalendar;

/**
 * The time limits of a case: a decision on acceptance within {@value #ACCEPT_WITHIN_WORKING_DAYS}
 * working day of receipt, counted on the city's calendar with its public holidays and adjusted working
 * days, and closure within {@value #CLOSE_WITHIN_DAYS} days. Time comes from the city's clock, which
 * reads the injected clock, so tests move it.
 */
@Singleton
public class CaseClock {

    public static final int ACCEPT_WITHIN_WORKING_DAYS = 1;
    public static final int CLOSE_WITHIN_DAYS = 60;

    private final WorkingCalendar calendar;
    private final CaseWorkflow workflow;
    private final CityClock clock;

    CaseClock(WorkingCalendar calendar, CaseWorkflow workflow, CityClock clock) {
        this.calendar = calendar;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** What the case is waiting for and by when; empty once it is closed. */
    public Optional<Due> due(HazardCase hazardCase) {
        return due(hazardCase.status(), hazardCase.submittedAt());
    }

    /** The same for a case known by its status and time of receipt (as the public read model knows it). */
    public Optional<Due> due(String status, Instant submittedAt) {
        if (!workflow.isOpen(status)) {
            return Optional.empty();
        }
        LocalDate received = clock.dateOf(submittedAt);
        boolean awaitingAcceptance = CaseStatuses.SUBMITTED.equals(status);
        LocalDate date = awaitingAcceptance ? calendar.plusWorkingDays(received, ACCEPT_WITHIN_WORKING_DAYS)
                : received.plusDays(CLOSE_WITHIN_DAYS);
        return Optional.of(new Due(awaitingAcceptance ? Due.Kind.ACCEPTANCE : Due.Kind.CLOSURE, date,
                today().isAfter(date)));
    }

    /** The city's date of a moment. */
    public LocalDate dateOf(Instant at) {
        return clock.dateOf(at);
    }

    public LocalDate today() {
        return clock.today();
    }

    /** A time limit: for which decision, the last day, and whether that day has passed. */
    public record Due(Kind kind, LocalDate date, boolean overdue) {

        public enum Kind { ACCEPTANCE, CLOSURE }
    }
}
