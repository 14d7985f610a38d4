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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Select;
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
        return check(source, "report");
    }

    /**
     * As {@link #check(IntakeSource)}, for what the visitor asks ({@code report}, or {@code support} of an existing
     * case, which counts as a report does), which names the words of a refusal ({@code support.limit.device.1}, …).
     */
    public boolean check(IntakeSource source, String asked) {
        Instant now = clock.now();
        forgetDayOldMarks(now);
        Map<String, String> marks = marks(source);
        Map<String, List<LocalDateTime>> recent = recentMarks(marks, now);
        boolean busy = false;
        LocalDateTime hourAgo = utc(now.minus(Duration.ofHours(1)));
        for (Map.Entry<String, String> mark : marks.entrySet()) {
            List<LocalDateTime> received = recent.getOrDefault(mark.getValue(), List.of());
            busy |= received.stream().filter(at -> at.isAfter(hourAgo)).count() >= humanCheckAfter;
            for (Limit limit : limitsOf(mark.getKey())) {
                LocalDateTime since = utc(now.minus(limit.window()));
                List<LocalDateTime> inWindow = received.stream().filter(at -> at.isAfter(since)).toList();
                if (inWindow.size() >= limit.most()) {
                    Instant freed = inWindow.get(limit.most() - 1).toInstant(ZoneOffset.UTC).plus(limit.window());
                    throw new ValidationException(asked + ".limit." + limit.kind() + "." + limit.window().toHours(), limit.most(),
                            RETRY_TIME.format(freed.atZone(clock.zone())));
                }
            }
        }
        return busy;
    }

    /** Counts an accepted report against its sources, in the intake's transaction. */
    public void count(IntakeSource source) {
        count(List.of(source));
    }

    /** Counts accepted reports against their sources, in one statement of the intake's transaction. */
    public void count(Collection<IntakeSource> sources) {
        List<String> marks = sources.stream().flatMap(source -> marks(source).values().stream()).toList();
        if (marks.isEmpty()) {
            return;
        }
        LocalDateTime now = utc(clock.now());
        var insert = dsl.insertInto(REPORT_INTAKE_MARK, REPORT_INTAKE_MARK.SOURCE, REPORT_INTAKE_MARK.RECEIVED_AT);
        for (String mark : marks) {
            insert = insert.values(mark, now);
        }
        insert.execute();
    }

    /**
     * The sources' marks of their longest windows, newest first, as many of each as its largest limit: one read for
     * all of a report's sources, for every report asks it.
     */
    private Map<String, List<LocalDateTime>> recentMarks(Map<String, String> marks, Instant now) {
        Select<Record2<String, LocalDateTime>> query = null;
        for (Map.Entry<String, String> mark : marks.entrySet()) {
            List<Limit> limits = limitsOf(mark.getKey());
            Duration longest = limits.stream().map(Limit::window).max(Duration::compareTo).orElseThrow();
            int most = limits.stream().mapToInt(Limit::most).max().orElseThrow();
            Select<Record2<String, LocalDateTime>> ofSource = dsl.select(REPORT_INTAKE_MARK.SOURCE, REPORT_INTAKE_MARK.RECEIVED_AT)
                    .from(REPORT_INTAKE_MARK)
                    .where(REPORT_INTAKE_MARK.SOURCE.eq(mark.getValue()))
                    .and(REPORT_INTAKE_MARK.RECEIVED_AT.gt(utc(now.minus(longest))))
                    .orderBy(REPORT_INTAKE_MARK.RECEIVED_AT.desc()).limit(most);
            query = query == null ? ofSource : query.unionAll(ofSource);
        }
        if (query == null) {
            return Map.of();
        }
        Map<String, List<LocalDateTime>> bySource = new HashMap<>();
        for (Record2<String, LocalDateTime> row : query.fetch()) {
            bySource.computeIfAbsent(row.value1(), source -> new ArrayList<>()).add(row.value2());
        }
        // A union keeps which rows each part chose, not their order.
        bySource.values().forEach(times -> times.sort(Comparator.reverseOrder()));
        return bySource;
    }

    private static List<Limit> limitsOf(String kind) {
        return LIMITS.stream().filter(limit -> limit.kind().equals(kind)).toList();
    }

    /** The source's marks by kind ({@code device}, {@code address}), for the kinds it gave. */
    private Map<String, String> marks(IntakeSource source) {
        Map<String, String> marks = new LinkedHashMap<>();
        for (String kind : List.of("device", "address")) {
            String mark = mark(kind, source);
            if (mark != null) {
                marks.put(kind, mark);
            }
        }
        return marks;
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
