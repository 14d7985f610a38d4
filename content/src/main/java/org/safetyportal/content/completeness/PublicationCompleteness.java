package org.safetyportal.content.completeness;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ledger.PerHeadCache;
import org.safetyportal.content.ledger.PublicationHead;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.oversight.OversightFilter;
import org.safetyportal.content.oversight.OversightKind;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.content.oversight.OversightResult;

/**
 * Who has not published (the notice: "三清单"要向社会公开并接受监督; 及时公开巡、考、督情况): for every
 * department with safety duties in the directory, not only those that published, which of the three
 * lists are in force, which are missing or overdue, and how often the 安委办 oversaw it in the year.
 *
 * <p>A read model per ledger head and day: the lists in force come from the catalogue's own per-head
 * model, the year's oversight results from one query, and the report is put together in memory.
 */
@Singleton
public class PublicationCompleteness {

    /** The notice's year: the year the three lists and the oversight minimums were first asked for. */
    public static final int FIRST_YEAR = 2022;
    private static final List<ListType> GOVERNMENT_LISTS = List.of(ListType.RESPONSIBILITY, ListType.ANNUAL_TASKS);
    private static final String SAFETY_COMMITTEE = "SAFETY_COMMITTEE";

    private final OrganizationDirectory organization;
    private final ListCatalogue catalogue;
    private final OversightRegister oversight;
    private final CityClock clock;
    private final PerHeadCache<Key, CompletenessReport> reports;

    PublicationCompleteness(OrganizationDirectory organization, ListCatalogue catalogue, OversightRegister oversight,
            CityClock clock, PublicationHead head) {
        this.organization = organization;
        this.catalogue = catalogue;
        this.oversight = oversight;
        this.clock = clock;
        this.reports = new PerHeadCache<>(head, 32);
    }

    /** The report of the current year, as of today. */
    public CompletenessReport current() {
        return report(clock.today().getYear());
    }

    /** The report of one year from {@link #FIRST_YEAR} to this year, as of today; another year is refused in words. */
    public CompletenessReport report(int year) {
        LocalDate today = clock.today();
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw new ValidationException("completeness.year.outOfRange", FIRST_YEAR, today.getYear());
        }
        return reports.get(new Key(year, today), key -> build(key.year(), key.today()));
    }

    /** The years one may ask about, newest first. */
    public List<Integer> years() {
        int now = clock.today().getYear();
        return IntStream.rangeClosed(FIRST_YEAR, now).map(y -> now + FIRST_YEAR - y).boxed().toList();
    }

    /** The list types asked of a publisher: a government's leaders have no 权力清单. */
    public static List<ListType> expected(Department department) {
        return department.isGovernment() ? GOVERNMENT_LISTS : List.of(ListType.values());
    }

    /** Whether the notice's oversight minimum speaks of this department (not governments, not the 安委办 themselves). */
    public static boolean overseenByMinimum(Department department) {
        return !department.isGovernment() && !SAFETY_COMMITTEE.equals(department.typeCode());
    }

    private CompletenessReport build(int year, LocalDate today) {
        Map<Integer, List<ListVersion>> inForce = new HashMap<>();
        for (ListVersion version : catalogue.current()) {
            inForce.computeIfAbsent(version.department().id(), id -> new ArrayList<>()).add(version);
        }
        Map<Integer, int[]> tallies = tallies(year);
        List<DepartmentCompleteness> departments = organization.departments().stream()
                .map(d -> new DepartmentCompleteness(d, standings(d, inForce.getOrDefault(d.id(), List.of()), year),
                        tally(d, tallies.get(d.id()))))
                .toList();
        return new CompletenessReport(year, today, departments);
    }

    private static List<ListStanding> standings(Department department, List<ListVersion> inForce, int year) {
        List<ListType> expected = expected(department);
        List<ListStanding> standings = new ArrayList<>();
        for (ListType type : ListType.values()) {
            if (!expected.contains(type)) {
                standings.add(new ListStanding(type, ListState.NOT_EXPECTED, null));
            } else if (type.isAnnual()) {
                ListVersion ofYear = inForce.stream().filter(v -> v.type() == type && v.year() == year).findFirst().orElse(null);
                ListVersion earlier = inForce.stream().filter(v -> v.type() == type && v.year() < year)
                        .max(Comparator.comparingInt(ListVersion::year)).orElse(null);
                standings.add(ofYear != null ? new ListStanding(type, ListState.IN_FORCE, ofYear)
                        : new ListStanding(type, ListState.OVERDUE, earlier));
            } else {
                standings.add(inForce.stream().filter(v -> v.type() == type).findFirst()
                        .map(v -> new ListStanding(type, ListState.IN_FORCE, v))
                        .orElseGet(() -> new ListStanding(type, ListState.MISSING, null)));
            }
        }
        return standings;
    }

    /** Per inspected department: [supervisions, tours and assessments] by a 安委办 in the year. */
    private Map<Integer, int[]> tallies(int year) {
        OversightFilter filter = new OversightFilter(null, year, null, null);
        int total = (int) oversight.count(filter);
        Map<Integer, int[]> tallies = new HashMap<>();
        if (total == 0) {
            return tallies;
        }
        for (OversightResult result : oversight.search(filter, 0, total)) {
            if (result.inspectedParty().isGovernment() || !SAFETY_COMMITTEE.equals(result.conductingDepartment().typeCode())) {
                continue;
            }
            int[] tally = tallies.computeIfAbsent(result.inspectedParty().department().id(), id -> new int[2]);
            tally[result.kind() == OversightKind.SUPERVISION ? 0 : 1]++;
        }
        return tallies;
    }

    private static OversightTally tally(Department department, int[] counted) {
        if (!overseenByMinimum(department)) {
            return OversightTally.notApplicable();
        }
        return counted == null ? new OversightTally(true, 0, 0) : new OversightTally(true, counted[0], counted[1]);
    }

    private record Key(int year, LocalDate today) {
    }
}
