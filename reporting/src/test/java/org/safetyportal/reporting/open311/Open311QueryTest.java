package org.safetyportal.reporting.open311;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.organization.SectorKind;

/** GeoReport v2's {@code GET requests} filters: the standard's defaults, its formats, and refusals in words. */
class Open311QueryTest {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    private static final Area ZZ = new Area(2, "ZZ", AreaKind.COUNTY, new LocalizedName("泽州县", "Zezhou County"));
    private static final Sector GAS = new Sector("GAS", SectorKind.WORK_SAFETY, new LocalizedName("燃气", "Gas"), "URBAN_MANAGEMENT");
    private static final Department HANDLER = new Department(7, "ZZ-URBAN_MANAGEMENT", "URBAN_MANAGEMENT", ZZ,
            new LocalizedName("泽州县城市管理局", "Zezhou County Urban Management Bureau"));

    private static Open311Query parse(String ids, String service, String start, String end, String status) {
        return Open311Query.parse(ids, service, start, end, status, NOW, CITY);
    }

    private static ServiceRequest request(String id, boolean open, String requested) {
        return new ServiceRequest(id, open, open ? "ACCEPTED" : "CLOSED", null, null, GAS, HANDLER, Instant.parse(requested),
                Instant.parse(requested), null, ZZ.name(), null);
    }

    @Test
    void withoutDates_theLast90DaysUpToNow_inEveryState() {
        Open311Query query = parse(null, " ", null, null, null);

        assertEquals(NOW, query.end());
        assertEquals(NOW.minus(Open311Query.DEFAULT_WINDOW), query.start());
        assertNull(query.serviceCode(), "a blank parameter is no filter");
        assertNull(query.open());
        assertTrue(query.ids().isEmpty());
    }

    @Test
    void datesAreW3cDateTimes_orPlainDatesOfTheCity_andAStartAloneRuns90Days() {
        Open311Query dated = parse(null, "GAS", "2026-11-01", "2026-12-01T08:00:00+08:00", "closed");
        assertEquals(Instant.parse("2026-10-31T16:00:00Z"), dated.start(), "midnight in Jincheng");
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), dated.end());
        assertEquals(Boolean.FALSE, dated.open());

        Open311Query from = parse(null, null, "2026-09-01T00:00:00Z", null, "open");
        assertEquals(Instant.parse("2026-11-30T00:00:00Z"), from.end());
        assertEquals(Boolean.TRUE, from.open());
    }

    @Test
    void badFilters_areRefusedNamingTheParameter_neverRepeatingTheValue() {
        assertRefused("open311.error.date", new Object[] {"start_date"}, () -> parse(null, null, "<script>", null, null));
        assertRefused("open311.error.date", new Object[] {"end_date"}, () -> parse(null, null, null, "2026-13-01", null));
        assertRefused("open311.error.status", new Object[0], () -> parse(null, null, null, null, "OPEN"));
        assertRefused("open311.error.range", new Object[0], () -> parse(null, null, "2026-12-02", "2026-12-01", null));
        assertRefused("open311.error.range", new Object[0], () -> parse(null, null, "2026-01-01", "2026-12-01", null));
        String tooMany = IntStream.rangeClosed(1, Open311Query.MOST_IDS + 1).mapToObj(n -> "2026-" + n).collect(Collectors.joining(","));
        assertRefused("open311.error.tooManyIds", new Object[] {Open311Query.MOST_IDS}, () -> parse(tooMany, null, null, null, null));
        assertRefused("open311.error.parameter", new Object[] {"service_code"}, () -> parse(null, "x".repeat(5_000), null, null, null));
    }

    @Test
    void idsOverrideTheOtherFilters_whichOtherwiseAllApply() {
        ServiceRequest recentOpen = request("2026-00001", true, "2026-11-20T01:00:00Z");
        ServiceRequest oldClosed = request("2026-00002", false, "2026-05-01T01:00:00Z");

        Open311Query byId = parse(" 2026-00002 ,,2026-00009", null, null, null, "open");
        assertTrue(byId.matches(oldClosed), "named requests are answered whatever their date or state");
        assertFalse(byId.matches(recentOpen));

        Open311Query open = parse(null, "GAS", null, null, "open");
        assertTrue(open.matches(recentOpen));
        assertFalse(open.matches(oldClosed), "older than 90 days and closed");
        assertFalse(parse(null, "FIRE", null, null, null).matches(recentOpen));
        assertFalse(parse(null, null, null, null, "closed").matches(recentOpen));
        assertTrue(parse(null, null, "2026-04-15", "2026-05-15", "closed").matches(oldClosed));
    }

    private static void assertRefused(String key, Object[] arguments, Executable parsing) {
        ValidationException refused = assertThrows(ValidationException.class, parsing);
        assertEquals(key, refused.messageKey());
        assertArrayEquals(arguments, refused.messageArguments());
    }
}
