package org.safetyportal.reporting.tracking;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.safetyportal.content.ValidationException;
import org.safetyportal.reporting.alerts.ReportAlerts;
import org.safetyportal.reporting.cases.CaseClock;
import org.safetyportal.reporting.cases.CaseEvent;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.identity.ReportingKey;
import org.safetyportal.reporting.intake.ReportIntake;
import org.safetyportal.reporting.intake.ReportingPlaces;
import org.safetyportal.reporting.intake.TrackingCode;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.rewards.Rewards;

/**
 * A reporter follows a report with its tracking code and PIN. A wrong code and a wrong PIN get the same
 * answer, so that neither can be confirmed on its own, and guesses from one address are slowed down.
 */
@Singleton
public class ReportTracking {

    private final ReportRepository repository;
    private final ReportingKey key;
    private final TrackingThrottle throttle;
    private final ReportingPlaces places;
    private final CaseClock clock;
    private final Rewards rewards;
    private final ReportAlerts alerts;

    ReportTracking(ReportRepository repository, ReportingKey key, TrackingThrottle throttle, ReportingPlaces places,
            CaseClock clock, Rewards rewards, ReportAlerts alerts) {
        this.rewards = rewards;
        this.alerts = alerts;
        this.clock = clock;
        this.repository = repository;
        this.key = key;
        this.throttle = throttle;
        this.places = places;
    }

    /**
     * The case for this code and PIN, asked from {@code address}. Refuses with {@code tracking.notFound}
     * for any mismatch and {@code tracking.tooManyAttempts} while the address is held back.
     */
    public TrackedCase track(String code, String pin, String address) {
        if (throttle.lockedUntil(address).isPresent()) {
            throw new ValidationException("tracking.tooManyAttempts");
        }
        Optional<String> parsed = TrackingCode.parse(code);
        String typedPin = pin == null ? "" : pin.strip();
        Optional<HazardCase> found = parsed.filter(c -> pinMatches(c, typedPin)).flatMap(repository::byTrackingCode);
        if (found.isEmpty()) {
            throttle.recordFailure(address);
            throw new ValidationException("tracking.notFound");
        }
        HazardCase c = found.get();
        return new TrackedCase(c.trackingCode(), c.sector(), c.area(), places.township(c.townshipCode()).orElse(null),
                c.address(), c.status(), c.outcome(), c.rectificationDeadline(), c.department(), c.routedDepartment(),
                c.rule(), c.basis(), c.submittedAt(), repository.events(c.id()).stream().filter(CaseEvent::isPublic)
                        .map(e -> new PublicStep(e.eventNo(), e.action(), e.statusAfter(), e.department(), e.outcome(),
                                e.deadline(), e.publicNote(), e.occurredAt()))
                        .toList(), clock.due(c).orElse(null), c.realName(), rewards.forReporter(c).orElse(null),
                alerts.undelivered(c.id()));
    }

    private boolean pinMatches(String code, String pin) {
        String expected = repository.pinHash(code).orElse(null);
        if (expected == null || !pin.matches("\\d{4,12}")) {
            return false;
        }
        String actual = key.pinHash(ReportIntake.pinSubject(code, pin));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
