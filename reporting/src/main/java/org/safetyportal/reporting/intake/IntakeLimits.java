package org.safetyportal.reporting.intake;

import static org.safetyportal.reporting.internal.jooq.Tables.REPORT_INTAKE_MARK;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.database.TransactionScope;
import org.safetyportal.reporting.identity.ReportingKey;

/**
 * Slows down a flood of reports from one source without ever shutting out an honest reporter: the
 * limits are far above what one person reports (a school or a factory behind one address included),
 * a refusal says in words until when and offers the 12350 line, and only accepted reports count, so a
 * refused or mistyped form costs nothing. A visitor's support of an existing case counts as a report does.
 * Sources are kept as keyed hashes for a day, never as addresses.
 */
@Singleton
public class IntakeLimits {

    /** At most {@code most} accepted reports from one source of this kind within {@code window}. */
    record Limit(String kind, Duration window, int most) {
    }

    static final List<Limit> LIMITS = List.of(
            new Limit("device", Duration.ofHours(1), 5),
            new Limit("device", Duration.ofDays(1), 10),
            new Limit("address", Duration.ofHours(1), 20),
            new Limit("address", Duration.ofDays(1), 60));
    /** From the fourth report within the hour from one browser or one network, the form asks for a human check. */
    public static final int HUMAN_CHECK_AFTER = 3;
    private static final Duration KEPT = Duration.ofDays(1);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final int MAX_SOURCE_TEXT = 200;
    private static final DateTimeFormatter RETRY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DSLContext dsl;
    private final ReportingKey key;
    private final CityClock clock;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>();
    private final int humanCheckAfter;

    IntakeLimits(DSLContext dsl, ReportingKey key, CityClock clock,
            @Value("${portal.reporting.human-check-after:" + HUMAN_CHECK_AFTER + "}") int humanCheckAfter) {
        this.dsl = dsl;
        this.key = key;
        this.clock = clock;
        this.humanCheckAfter = humanCheckAfter;
    }

    /**
     * Refuses, in words, a report from a source that has reached a limit; answers whether the source is busy: it
     * sent {@code humanCheckAfter} or more accepted reports within the hour, so the form asks for a human check.
     */
    public boolean check(IntakeSource source) {
        Instant now = clock.now();
        forgetDayOldMarks(now);
        boolean busy = false;
        for (String kind : List.of("device", "address")) {
            String mark = mark(kind, source);
            if (mark == null) {
                continue;
            }
            // One read per source: its marks of the longest window, newest first, as many as its largest limit.
            List<Limit> limits = LIMITS.stream().filter(limit -> limit.kind().equals(kind)).toList();
            Duration longest = limits.stream().map(Limit::window).max(Duration::compareTo).orElseThrow();
            int most = limits.stream().mapToInt(Limit::most).max().orElseThrow();
            List<LocalDateTime> recent = dsl.select(REPORT_INTAKE_MARK.RECEIVED_AT).from(REPORT_INTAKE_MARK)
                    .where(REPORT_INTAKE_MARK.SOURCE.eq(mark)).and(REPORT_INTAKE_MARK.RECEIVED_AT.gt(utc(now.minus(longest))))
                    .orderBy(REPORT_INTAKE_MARK.RECEIVED_AT.desc()).limit(most)
                    .fetch(REPORT_INTAKE_MARK.RECEIVED_AT);
            LocalDateTime hourAgo = utc(now.minus(Duration.ofHours(1)));
            busy |= recent.stream().filter(at -> at.isAfter(hourAgo)).count() >= humanCheckAfter;
            for (Limit limit : limits) {
                LocalDateTime since = utc(now.minus(limit.window()));
                List<LocalDateTime> inWindow = recent.stream().filter(at -> at.isAfter(since)).toList();
                if (inWindow.size() >= limit.most()) {
                    Instant freed = inWindow.get(limit.most() - 1).toInstant(ZoneOffset.UTC).plus(limit.window());
                    throw new ValidationException("report.limit." + limit.kind() + "." + limit.window().toHours(), limit.most(),
                            RETRY_TIME.format(freed.atZone(clock.zone())));
                }
            }
        }
        return busy;
    }

    /** Counts an accepted report against its sources, in the intake's transaction. */
    public void count(IntakeSource source) {
        Instant now = clock.now();
        List<String> marks = new ArrayList<>();
        for (String kind : List.of("device", "address")) {
            String mark = mark(kind, source);
            if (mark != null) {
                marks.add(mark);
            }
        }
        for (String mark : marks) {
            dsl.insertInto(REPORT_INTAKE_MARK).set(REPORT_INTAKE_MARK.SOURCE, mark)
                    .set(REPORT_INTAKE_MARK.RECEIVED_AT, utc(now)).execute();
        }
    }

    /**
     * Deletes the marks older than a day, at most once a minute and never inside a caller's transaction: a range
     * delete in the intake's transaction locked the index gaps that concurrent intakes insert into, and MariaDB
     * answered reports sent at the same moment with deadlocks.
     */
    private void forgetDayOldMarks(Instant now) {
        Instant last = lastSweep.get();
        if (TransactionScope.active() || (last != null && last.plus(SWEEP_EVERY).isAfter(now))
                || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        dsl.deleteFrom(REPORT_INTAKE_MARK).where(REPORT_INTAKE_MARK.RECEIVED_AT.lt(utc(now.minus(KEPT)))).execute();
    }

    private String mark(String kind, IntakeSource source) {
        String value = "device".equals(kind) ? source.device() : source.address();
        if (value == null || value.isBlank()) {
            return null;
        }
        String bounded = value.strip();
        bounded = bounded.length() > MAX_SOURCE_TEXT ? bounded.substring(0, MAX_SOURCE_TEXT) : bounded;
        return key.sourceMark(kind + ":" + bounded);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
