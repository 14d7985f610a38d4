package org.safetyportal.content.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.safetyportal.content.seed.SeedTable;

/**
 * The public holidays and the adjusted working days (调休上班) as the State Council publishes them
 * each year (国务院办公厅关于某年部分节假日安排的通知), read from {@value #SEED}. A year is
 * "arranged" when its notice has been entered; only those years know their holidays.
 */
public final class PublicHolidays {

    public static final String SEED = "seed/calendar/public_holidays.tsv";

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final SortedSet<Integer> arrangedYears;

    public PublicHolidays(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        if (holidays.stream().anyMatch(workdays::contains)) {
            throw new IllegalArgumentException("A day cannot be both a public holiday and an adjusted working day");
        }
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        TreeSet<Integer> years = new TreeSet<>();
        holidays.forEach(d -> years.add(d.getYear()));
        workdays.forEach(d -> years.add(d.getYear()));
        this.arrangedYears = Collections.unmodifiableSortedSet(years);
    }

    /** The arrangements in the seed file; a row names a holiday period (first to last day) or one adjusted working day. */
    public static PublicHolidays fromSeed() {
        SeedTable table = SeedTable.read(SEED);
        Set<LocalDate> holidays = new TreeSet<>();
        Set<LocalDate> workdays = new TreeSet<>();
        for (Map<String, String> row : table.rows()) {
            LocalDate first = LocalDate.parse(row.get("first_day"));
            LocalDate last = LocalDate.parse(row.get("last_day"));
            if (last.isBefore(first)) {
                throw new IllegalStateException(SEED + ": " + first + " to " + last + " is not a period");
            }
            Set<LocalDate> target = switch (row.get("kind")) {
                case "HOLIDAY" -> holidays;
                case "WORKDAY" -> workdays;
                default -> throw new IllegalStateException(SEED + ": unknown kind " + row.get("kind"));
            };
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                target.add(day);
            }
        }
        return new PublicHolidays(holidays, workdays);
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    public boolean isAdjustedWorkday(LocalDate day) {
        return workdays.contains(day);
    }

    /** Years whose State Council arrangement is entered; other years count Monday to Friday only. */
    public SortedSet<Integer> arrangedYears() {
        return arrangedYears;
    }
}
