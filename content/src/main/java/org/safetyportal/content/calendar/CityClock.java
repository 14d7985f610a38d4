package org.safetyportal.content.calendar;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The city's clock: the moment now and the calendar day as the city lives it. Stored times are UTC;
 * every "today", every deadline and every date shown from a stored time is read in the city's zone,
 * configured as {@code portal.city-zone} (default {@value #DEFAULT_ZONE}).
 */
@Singleton
public class CityClock {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    private final Clock clock;
    private final ZoneId zone;

    @Inject
    public CityClock(Clock clock, @Value("${portal.city-zone:" + DEFAULT_ZONE + "}") String zone) {
        this.clock = clock;
        this.zone = parsed(zone);
    }

    public CityClock(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The moment now (UTC, as stored). */
    public Instant now() {
        return clock.instant();
    }

    /** The calendar day in the city now. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The calendar day in the city at a stored moment. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** A stored moment as the city's wall clock shows it. */
    public ZonedDateTime at(Instant instant) {
        return instant.atZone(zone);
    }

    /** The first moment of a city calendar day. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static ZoneId parsed(String zone) {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException("portal.city-zone is not a time zone: " + zone
                    + " (expected a region such as " + DEFAULT_ZONE + ")", e);
        }
    }
}
