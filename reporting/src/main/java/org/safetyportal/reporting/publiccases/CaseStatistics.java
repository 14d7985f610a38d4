package org.safetyportal.reporting.publiccases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.safetyportal.content.organization.Department;
import org.safetyportal.reporting.cases.CaseActions;

/**
 * The figures of the statistics page, computed from the published cases alone:
 * <ul>
 * <li>counts of cases by county, sector and current status;</li>
 * <li>per responsible department (where the case is now): cases, open cases, overdue cases, and the medians;</li>
 * <li>days to accept: from the case's first published step (its receipt) to its first published
 * acceptance ({@code ACCEPT}), in days of 24 hours; cases never accepted do not count;</li>
 * <li>days to close: from receipt to the verified closure ({@code VERIFY_CLOSE}) that closed the case,
 * for the cases closed now; a case reopened and closed again counts its last closure;</li>
 * <li>median: the middle value, or the mean of the two middle values of an even count; none without values;</li>
 * <li>overdue share: the open cases past their time limit (acceptance within one working day, closure
 * within 60 days of receipt) divided by all open cases; none without open cases.</li>
 * </ul>
 */
public record CaseStatistics(int cases, Map<String, Long> byCounty, Map<String, Long> bySector, Map<String, Long> byStatus,
        List<DepartmentFigures> departments, Figures city) {

    private static final double DAY_SECONDS = 86_400d;

    /** The figures of a set of cases: how many, open, overdue, the medians and the overdue share. */
    public record Figures(int cases, int open, int overdue, Double medianDaysToAccept, Double medianDaysToClose) {

        public Optional<Double> overdueShare() {
            return open == 0 ? Optional.empty() : Optional.of((double) overdue / open);
        }
    }

    public record DepartmentFigures(Department department, Figures figures) {
    }

    /**
     * The statistics of these cases; counts keyed by area, sector and status code in the order given
     * (codes with no case are left out of the counts by county and sector, and kept at zero by status).
     */
    public static CaseStatistics of(List<PublicCase> cases, Collection<String> statuses) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        statuses.forEach(s -> byStatus.put(s, 0L));
        Map<String, Long> byCounty = new LinkedHashMap<>();
        Map<String, Long> bySector = new LinkedHashMap<>();
        Map<String, List<PublicCase>> byDepartment = new LinkedHashMap<>();
        Map<String, Department> departments = new LinkedHashMap<>();
        for (PublicCase c : cases) {
            byCounty.merge(c.area().code(), 1L, Long::sum);
            bySector.merge(c.sector().code(), 1L, Long::sum);
            byStatus.merge(c.status(), 1L, Long::sum);
            byDepartment.computeIfAbsent(c.department().code(), k -> new ArrayList<>()).add(c);
            departments.putIfAbsent(c.department().code(), c.department());
        }
        List<DepartmentFigures> perDepartment = byDepartment.entrySet().stream()
                .map(e -> new DepartmentFigures(departments.get(e.getKey()), figures(e.getValue())))
                .sorted((a, b) -> a.department().code().compareTo(b.department().code()))
                .toList();
        return new CaseStatistics(cases.size(), byCounty, bySector, byStatus, perDepartment, figures(cases));
    }

    static Figures figures(List<PublicCase> cases) {
        int open = (int) cases.stream().filter(PublicCase::open).count();
        int overdue = (int) cases.stream().filter(c -> c.open() && c.overdue()).count();
        return new Figures(cases.size(), open, overdue,
                median(days(cases, c -> first(c, CaseActions.ACCEPT))),
                median(days(cases, c -> c.open() ? null : last(c, CaseActions.VERIFY_CLOSE))));
    }

    private static List<Double> days(List<PublicCase> cases, Function<PublicCase, Instant> until) {
        List<Double> days = new ArrayList<>();
        for (PublicCase c : cases) {
            Instant end = until.apply(c);
            if (end != null) {
                days.add(Duration.between(c.receivedAt(), end).toSeconds() / DAY_SECONDS);
            }
        }
        return days;
    }

    private static Instant first(PublicCase c, String action) {
        return c.steps().stream().filter(s -> s.action().equals(action)).map(PublicCaseStep::at).findFirst().orElse(null);
    }

    private static Instant last(PublicCase c, String action) {
        return c.steps().stream().filter(s -> s.action().equals(action)).map(PublicCaseStep::at)
                .reduce((a, b) -> b).orElse(null);
    }

    /** Days with one decimal, as the page, the CSV and the open data write them; empty for none. */
    public static String days(Double days) {
        return days == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", days);
    }

    /** A share as a percentage with one decimal; empty for none. */
    public static String percent(Optional<Double> share) {
        return share.map(s -> String.format(java.util.Locale.ROOT, "%.1f", s * 100)).orElse("");
    }

    /** The middle value; the mean of the two middle values of an even count; null for none. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
