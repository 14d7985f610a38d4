package org.safetyportal.content.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CityClockTest {

    private static final Instant EVENING_UTC = Instant.parse("2026-12-01T16:30:00Z");

    @Test
    void today_isTheCitysDay_notUtcs() {
        CityClock city = new CityClock(Clock.fixed(EVENING_UTC, ZoneOffset.UTC), CityClock.DEFAULT_ZONE);
        assertEquals(ZoneId.of("Asia/Shanghai"), city.zone());
        assertEquals(LocalDate.of(2026, 12, 2), city.today());
        assertEquals(LocalDate.of(2026, 12, 2), city.dateOf(EVENING_UTC));
        assertEquals(Instant.parse("2026-12-01T16:00:00Z"), city.startOf(LocalDate.of(2026, 12, 2)));
        assertEquals(EVENING_UTC, city.now());
    }

    @Test
    void zone_comesFromConfiguration() {
        CityClock utc = new CityClock(Clock.fixed(EVENING_UTC, ZoneOffset.UTC), " UTC ");
        assertEquals(LocalDate.of(2026, 12, 1), utc.today());
    }

    @Test
    void aZoneThatIsNoZone_isRefusedAtStart_inWords() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new CityClock(Clock.systemUTC(), "Jincheng/Nowhere"));
        assertTrue(e.getMessage().contains("portal.city-zone"), e.getMessage());
    }
}
