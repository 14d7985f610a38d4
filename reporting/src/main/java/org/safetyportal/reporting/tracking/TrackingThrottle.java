package org.safetyportal.reporting.tracking;

import static org.safetyportal.reporting.internal.jooq.Tables.TRACKING_THROTTLE;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.safetyportal.reporting.internal.jooq.tables.records.TrackingThrottleRecord;

/**
 * Slows down guessing of tracking codes and PINs from one address, as sign-in does for passwords: a
 * few free mistakes, then each further one locks the address for twice as long as the last (one
 * minute up to half an hour). Other addresses, and so the real reporter elsewhere, are not held up.
 * Counts are forgotten a day after the last mistake.
 */
@Singleton
class TrackingThrottle {

    static final int FREE_FAILURES = 10;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration MAX_LOCK = Duration.ofMinutes(30);
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    private static final int MAX_ADDRESS = 64;

    private final DSLContext dsl;
    private final Clock clock;

    TrackingThrottle(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    Optional<Instant> lockedUntil(String address) {
        Instant now = clock.instant();
        return dsl.selectFrom(TRACKING_THROTTLE).where(TRACKING_THROTTLE.ADDRESS.eq(key(address))).fetchOptional()
                .map(TrackingThrottleRecord::getLockedUntil)
                .map(until -> until.toInstant(ZoneOffset.UTC))
                .filter(now::isBefore);
    }

    void recordFailure(String address) {
        String from = key(address);
        dsl.transaction(() -> {
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            TrackingThrottleRecord row = dsl.selectFrom(TRACKING_THROTTLE).where(TRACKING_THROTTLE.ADDRESS.eq(from))
                    .forUpdate().fetchOptional().orElse(null);
            if (row == null) {
                try {
                    dsl.insertInto(TRACKING_THROTTLE).set(TRACKING_THROTTLE.ADDRESS, from)
                            .set(TRACKING_THROTTLE.FAILURES, 1).set(TRACKING_THROTTLE.LAST_FAILURE_AT, now).execute();
                    return;
                } catch (DataAccessException raced) {
                    row = dsl.selectFrom(TRACKING_THROTTLE).where(TRACKING_THROTTLE.ADDRESS.eq(from)).forUpdate()
                            .fetchOptional().orElseThrow(() -> raced);
                }
            }
            boolean forgotten = row.getLastFailureAt().plus(FORGET_AFTER).isBefore(now);
            int failures = forgotten ? 1 : row.getFailures() + 1;
            Duration lock = lockAfter(failures);
            dsl.update(TRACKING_THROTTLE)
                    .set(TRACKING_THROTTLE.FAILURES, failures)
                    .set(TRACKING_THROTTLE.LAST_FAILURE_AT, now)
                    .set(TRACKING_THROTTLE.LOCKED_UNTIL, lock.isZero() ? null : now.plus(lock))
                    .where(TRACKING_THROTTLE.ADDRESS.eq(from))
                    .execute();
        });
    }

    static Duration lockAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failures - FREE_FAILURES - 1, 30));
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    private static String key(String address) {
        String from = address == null || address.isBlank() ? "unknown" : address.strip();
        return from.length() > MAX_ADDRESS ? from.substring(0, MAX_ADDRESS) : from;
    }
}
