package org.safetyportal.reporting.publiccases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.organization.SectorKind;
import org.safetyportal.reporting.cases.CaseClock;
import org.safetyportal.reporting.routing.RoutingRule;

/** The figures of the statistics page against a small set computed by hand (see each assertion's comment). */
class CaseStatisticsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Area ZZ = new Area(2, "ZZ", AreaKind.COUNTY, new LocalizedName("zz", "Zezhou"));
    private static final Area GP = new Area(3, "GP", AreaKind.COUNTY, new LocalizedName("gp", "Gaoping"));
    private static final Sector GAS = new Sector("GAS", SectorKind.WORK_SAFETY, new LocalizedName("gas", "Gas"), null);
    private static final Sector FIRE = new Sector("FIRE", SectorKind.WORK_SAFETY, new LocalizedName("fire", "Fire"), null);
    private static final Department D1 = new Department(11, "ZZ-URBAN", "URBAN_MANAGEMENT", ZZ, new LocalizedName("d1", "D1"));
    private static final Department D2 = new Department(12, "GP-URBAN", "URBAN_MANAGEMENT", GP, new LocalizedName("d2", "D2"));
    private static final List<String> STATUSES = List.of("SUBMITTED", "ACCEPTED", "INVESTIGATING", "CLOSED");

    /*
     * A: ZZ gas, D1, accepted after 1 day, closed after 10 days.
     * B: ZZ gas, D1, accepted after 3 days, investigating, within its time.
     * C: GP fire, D2, not yet accepted and overdue.
     * D: GP gas, D2, accepted after 2 days, closed after 20, reopened, closed again after 30 days.
     */
    private final List<PublicCase> cases = List.of(
            closed(1, ZZ, GAS, D1, step("ACCEPT", 1), step("VERIFY_CLOSE", 10)),
            open(2, ZZ, GAS, D1, "INVESTIGATING", false, step("ACCEPT", 3), step("INVESTIGATE", 4)),
            open(3, GP, FIRE, D2, "SUBMITTED", true),
            closed(4, GP, GAS, D2, step("ACCEPT", 2), step("VERIFY_CLOSE", 20), step("REOPEN", 25), step("VERIFY_CLOSE", 30)));

    @Test
    void cityFigures_areTheHandComputedOnes() {
        CaseStatistics statistics = CaseStatistics.of(cases, STATUSES);
        CaseStatistics.Figures city = statistics.city();

        assertEquals(4, statistics.cases());
        assertEquals(2.0, city.medianDaysToAccept(), 1e-9, "accepted after 1, 3 and 2 days: the middle one");
        assertEquals(20.0, city.medianDaysToClose(), 1e-9, "closed after 10 and 30 days (D's last closure): their mean");
        assertEquals(2, city.open());
        assertEquals(1, city.overdue());
        assertEquals(0.5, city.overdueShare().orElseThrow(), 1e-9, "one of the two open cases is overdue");
    }

    @Test
    void counts_byCountySectorAndStatus_keepEveryStatusInItsOrder() {
        CaseStatistics statistics = CaseStatistics.of(cases, STATUSES);

        assertEquals(Map.of("ZZ", 2L, "GP", 2L), statistics.byCounty());
        assertEquals(Map.of("GAS", 3L, "FIRE", 1L), statistics.bySector());
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put("SUBMITTED", 1L);
        byStatus.put("ACCEPTED", 0L);
        byStatus.put("INVESTIGATING", 1L);
        byStatus.put("CLOSED", 2L);
        assertEquals(List.copyOf(byStatus.entrySet()), List.copyOf(statistics.byStatus().entrySet()));
    }

    @Test
    void perDepartment_figuresCountTheCasesWhereTheyAreNow() {
        List<CaseStatistics.DepartmentFigures> departments = CaseStatistics.of(cases, STATUSES).departments();

        assertEquals(List.of("GP-URBAN", "ZZ-URBAN"), departments.stream().map(d -> d.department().code()).toList());
        CaseStatistics.Figures d2 = departments.get(0).figures();
        assertEquals(new CaseStatistics.Figures(2, 1, 1, 2.0, 30.0), d2);
        assertEquals(1.0, d2.overdueShare().orElseThrow(), 1e-9);
        CaseStatistics.Figures d1 = departments.get(1).figures();
        assertEquals(new CaseStatistics.Figures(2, 1, 0, 2.0, 10.0), d1, "accepted after 1 and 3 days: mean 2");
        assertEquals(0.0, d1.overdueShare().orElseThrow(), 1e-9);
    }

    @Test
    void withoutCases_thereIsNoMedianAndNoShare() {
        CaseStatistics statistics = CaseStatistics.of(List.of(), STATUSES);

        assertEquals(0, statistics.cases());
        assertNull(statistics.city().medianDaysToAccept());
        assertNull(statistics.city().medianDaysToClose());
        assertTrue(statistics.city().overdueShare().isEmpty());
    }

    @Test
    void median_takesTheMiddle_orTheMeanOfTheTwoMiddles() {
        assertEquals(3.0, CaseStatistics.median(List.of(5.0, 1.0, 3.0)));
        assertEquals(2.5, CaseStatistics.median(List.of(4.0, 1.0, 2.0, 3.0)));
        assertEquals(0.25, CaseStatistics.median(List.of(0.25)));
        assertNull(CaseStatistics.median(List.of()));
    }

    @Test
    void partsOfADay_count_asHoursOverTwentyFour() {
        PublicCase c = open(5, ZZ, GAS, D1, "ACCEPTED", false, new PublicCaseStep(2, 2, "ACCEPT", "ACCEPTED", D1, null,
                null, null, T0.plus(Duration.ofHours(6))));

        assertEquals(0.25, CaseStatistics.figures(List.of(c)).medianDaysToAccept(), 1e-9);
    }

    private static PublicCaseStep step(String action, int day) {
        return new PublicCaseStep(day * 10, day, action, "X", D1, null, null, null, T0.plus(Duration.ofDays(day)));
    }

    private static PublicCase closed(int id, Area area, Sector sector, Department department, PublicCaseStep... steps) {
        return build(id, area, sector, department, "CLOSED", false, null, steps);
    }

    private static PublicCase open(int id, Area area, Sector sector, Department department, String status, boolean overdue,
            PublicCaseStep... steps) {
        return build(id, area, sector, department, status, true,
                new CaseClock.Due(CaseClock.Due.Kind.CLOSURE, LocalDate.of(2026, 5, 1), overdue), steps);
    }

    private static PublicCase build(int id, Area area, Sector sector, Department department, String status, boolean open,
            CaseClock.Due due, PublicCaseStep... steps) {
        List<PublicCaseStep> all = new ArrayList<>();
        all.add(new PublicCaseStep(id * 100, 1, "SUBMIT", "SUBMITTED", department, null, null, null, T0));
        all.addAll(List.of(steps));
        return new PublicCase(PublicCaseNumber.of(LocalDate.of(2026, 3, 2), id), id, sector, area, null, department,
                RoutingRule.SUPERVISOR_MAPPING, null, department, status, open, null, null, T0, all, due);
    }
}
