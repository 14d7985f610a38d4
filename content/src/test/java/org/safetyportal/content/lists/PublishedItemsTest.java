package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.content.testing.PublishedLists.duty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.PublishedLists;
import org.safetyportal.content.testing.TestWorld;

/** Media find single items of the lists in force, cite them by a stable address and read their history. */
class PublishedItemsTest {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    private record World(TestWorld world) implements TestWorld.Around {

        static World start(String kind) {
            return new World(TestWorld.start(kind, Instant.parse("2026-07-02T02:00:00Z")));
        }

        PublishedItems items() {
            return bean(PublishedItems.class);
        }

        ListVersion publish(String department, ListType type, int year, LocalDate effective, List<ListItem> items) {
            return new PublishedLists(context()).publish(department, type, year, effective, items);
        }
    }

    private static ListItem power(String code, PowerType type, String... sectors) {
        return new ListItem(code, "权力事项 " + code, type, "《安全生产法》", "执法支队", null, null, null, List.of(sectors),
                null, null, null, null, null);
    }

    private static ListItem task(String code, String progress) {
        return new ListItem(code, "任务 " + code, null, null, "市应急管理局", null, null, null, List.of(), "措施",
                LocalDate.of(2026, 12, 31), null, TaskStatus.IN_PROGRESS, progress);
    }

    @OnEveryTestDatabase
    void anItemInForce_hasAStableAddress_andItsHistoryShowsAddedChangedAndRemoved(String kind) {
        try (World world = World.start(kind)) {
            ListVersion first = world.publish("JC-EMERGENCY", ListType.RESPONSIBILITY, 0, JANUARY, List.of(
                    duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS"), duty("ZR-002", "非煤矿山安全监管", "NON_COAL_MINE")));
            ListVersion second = world.publish("JC-EMERGENCY", ListType.RESPONSIBILITY, 0, JULY, List.of(
                    duty("ZR-001", "危险化学品安全综合监督管理", "HAZARDOUS_CHEMICALS"), duty("ZR-003", "冶金工贸", "METALLURGY_MANUFACTURING")));
            ListVersion third = world.publish("JC-EMERGENCY", ListType.RESPONSIBILITY, 0, JULY, List.of(
                    duty("ZR-001", "危险化学品安全综合监督管理", "HAZARDOUS_CHEMICALS"), duty("ZR-002", "非煤矿山安全监管", "NON_COAL_MINE")));

            PublishedItem current = world.items().inForce("JC-EMERGENCY", ListType.RESPONSIBILITY, null, "ZR-001").orElseThrow();
            assertEquals(third.id(), current.version().id());
            assertEquals("危险化学品安全综合监督管理", current.item().title());
            assertTrue(world.items().inForce("JC-EMERGENCY", ListType.RESPONSIBILITY, null, "ZR-003").isEmpty(), "removed since");
            assertTrue(world.items().inForce("NO-SUCH", ListType.RESPONSIBILITY, null, "ZR-001").isEmpty());
            assertEquals("危险化学品安全监管", world.items().inVersion(first.id(), "ZR-001").orElseThrow().item().title(),
                    "the version-pinned form answers what that version said");

            ItemHistory one = world.items().history(current.version(), "ZR-001");
            assertEquals(List.of(third.id(), second.id(), first.id()), one.entries().stream().map(e -> e.version().id()).toList());
            assertEquals(List.of(ItemHistory.Change.UNCHANGED, ItemHistory.Change.CHANGED, ItemHistory.Change.ADDED),
                    one.entries().stream().map(ItemHistory.Entry::change).toList());
            assertEquals(List.of(new ListDiff.FieldChange("title", "危险化学品安全监管", "危险化学品安全综合监督管理")),
                    one.entries().get(1).fields());

            ItemHistory three = world.items().history(first, "ZR-003");
            assertEquals(List.of(ItemHistory.Change.REMOVED, ItemHistory.Change.ADDED),
                    three.entries().stream().map(ItemHistory.Entry::change).toList());
            assertNull(three.entries().get(0).item());
            ItemHistory two = world.items().history(first, "ZR-002");
            assertEquals(List.of(ItemHistory.Change.ADDED, ItemHistory.Change.REMOVED, ItemHistory.Change.ADDED),
                    two.entries().stream().map(ItemHistory.Entry::change).toList(), "an item can come back");
        }
    }

    @OnEveryTestDatabase
    void anAnnualItem_isFoundByYear_orInTheNewestYearThatHoldsIt(String kind) {
        try (World world = World.start(kind)) {
            world.publish("JC-EMERGENCY", ListType.ANNUAL_TASKS, 2026, JANUARY, List.of(task("RW-01", "2026 年进展")));
            world.publish("JC-EMERGENCY", ListType.ANNUAL_TASKS, 2027, LocalDate.of(2027, 1, 1),
                    List.of(task("RW-01", "2027 年进展"), task("RW-02", "新任务")));

            // The 2027 list, published ahead, takes effect on 1 January 2027: until then 2026's is the newest in force.
            assertEquals("2026 年进展", world.items().inForce("JC-EMERGENCY", ListType.ANNUAL_TASKS, null, "RW-01").orElseThrow().item().progress());
            assertTrue(world.items().inForce("JC-EMERGENCY", ListType.ANNUAL_TASKS, null, "RW-02").isEmpty());
            world.clock().advance(Duration.ofDays(183));

            assertEquals("2027 年进展", world.items().inForce("JC-EMERGENCY", ListType.ANNUAL_TASKS, null, "RW-01").orElseThrow().item().progress());
            assertEquals("2026 年进展", world.items().inForce("JC-EMERGENCY", ListType.ANNUAL_TASKS, 2026, "RW-01").orElseThrow().item().progress());
            assertTrue(world.items().inForce("JC-EMERGENCY", ListType.ANNUAL_TASKS, 2026, "RW-02").isEmpty());
        }
    }

    @OnEveryTestDatabase
    void filters_narrowTheItemsInForce_byDepartmentTypeSectorCountyYearAndDates(String kind) {
        try (World world = World.start(kind)) {
            world.publish("JC-EMERGENCY", ListType.RESPONSIBILITY, 0, JANUARY, List.of(
                    duty("ZR-001", "危险化学品", "HAZARDOUS_CHEMICALS"), duty("ZR-002", "燃气与危化", "GAS", "HAZARDOUS_CHEMICALS")));
            world.publish("JC-EMERGENCY", ListType.RESPONSIBILITY, 0, JULY, List.of(
                    duty("ZR-001", "危险化学品（新）", "HAZARDOUS_CHEMICALS"), duty("ZR-002", "燃气与危化", "GAS", "HAZARDOUS_CHEMICALS")));
            world.publish("ZZ-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, JANUARY, List.of(duty("ZR-ZZ-001", "燃气", "GAS")));
            world.publish("JC-EMERGENCY", ListType.POWER, 0, JANUARY, List.of(
                    power("QL-001", PowerType.LICENSING, "HAZARDOUS_CHEMICALS"), power("QL-002", PowerType.PENALTY)));
            world.publish("JC-EMERGENCY", ListType.ANNUAL_TASKS, 2026, JANUARY, List.of(task("RW-01", "进展")));
            PublishedItems items = world.items();

            assertEquals(6, items.count(ItemFilter.ALL), "only the versions in force");
            assertEquals(List.of("ZR-001", "ZR-002"), codes(items.find(filter(Map.of("listType", "RESPONSIBILITY", "area", "JC")), 0, 10)));
            assertEquals("危险化学品（新）", items.find(filter(Map.of("department", "JC-EMERGENCY", "listType", "RESPONSIBILITY")), 0, 1).get(0).item().title());
            assertEquals(List.of("ZR-002", "ZR-ZZ-001"), codes(items.find(filter(Map.of("sector", "GAS")), 0, 10)));
            assertEquals(List.of("ZR-ZZ-001"), codes(items.find(filter(Map.of("area", "ZZ")), 0, 10)));
            assertEquals(List.of("QL-002"), codes(items.find(filter(Map.of("powerType", "PENALTY")), 0, 10)));
            assertEquals(List.of("RW-01"), codes(items.find(filter(Map.of("year", "2026")), 0, 10)));
            assertEquals(2, items.count(filter(Map.of("from", "2026-06-01"))));
            assertEquals(4, items.count(filter(Map.of("to", "2026-06-30"))));
            assertEquals(List.of("ZR-002"), codes(items.find(filter(Map.of("sector", "GAS")), 0, 1)), "paged");
            assertEquals(List.of("ZR-ZZ-001"), codes(items.find(filter(Map.of("sector", "GAS")), 1, 5)));
        }
    }

    @OnEveryTestDatabase
    void aBadFilter_isRefusedWithAReason(String kind) {
        try (World world = World.start(kind)) {
            PublishedItems items = world.items();
            assertRefused("lists.items.filter.department.unknown", () -> items.count(filter(Map.of("department", "NO-SUCH"))));
            assertRefused("lists.items.filter.sector.unknown", () -> items.count(filter(Map.of("sector", "NOPE"))));
            assertRefused("lists.items.filter.area.unknown", () -> items.count(filter(Map.of("area", "XX"))));
            assertRefused("lists.items.filter.dateRange", () -> items.count(filter(Map.of("from", "2026-07-01", "to", "2026-06-01"))));
            assertRefused("lists.items.filter.invalid", () -> filter(Map.of("listType", "NOPE")));
            assertRefused("lists.items.filter.invalid", () -> filter(Map.of("from", "2026-13-01")));
        }
    }

    @Test
    void aFiltersWrittenForm_readsBackAsTheSameFilter() {
        ItemFilter filter = filter(Map.of("listType", "RESPONSIBILITY", "sector", "GAS", "area", "ZZ", "from", "2026-01-01"));
        assertEquals("listType=RESPONSIBILITY&sector=GAS&area=ZZ&from=2026-01-01", filter.query());
        assertEquals(filter, ItemFilter.parse(filter.parameters()));
        assertEquals("", ItemFilter.ALL.query());
    }

    @OnEveryTestDatabase
    void responsibilityCoverage_countsOnlyTheVersionInForce(String kind) {
        try (World world = World.start(kind)) {
            world.publish("ZZ-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, JANUARY, List.of(duty("ZR-ZZ-001", "燃气", "GAS")));
            ResponsibilityCoverage coverage = world.context().getBean(ResponsibilityCoverage.class);
            var gas = world.context().getBean(OrganizationDirectory.class).sector("GAS").orElseThrow();
            assertEquals(List.of("ZR-ZZ-001"), codes(coverage.covering(gas, "ZZ")));
            assertTrue(coverage.covering(gas, "GP").isEmpty());

            world.publish("ZZ-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, JULY, List.of(duty("ZR-ZZ-002", "市政", "MUNICIPAL_UTILITIES")));

            assertTrue(coverage.covering(gas, "ZZ").isEmpty());
        }
    }

    @OnEveryTestDatabase
    void anAreaGovernmentsLeadershipList_mayOmitSectors_andNeverMakesTheGovernmentResponsibleForOne(String kind) {
        try (World world = World.start(kind)) {
            ListVersion leaders = world.publish("ZZ-GOVERNMENT", ListType.RESPONSIBILITY, 0, JANUARY, List.of(
                    duty("DZ-ZZ-001", "对本行政区域安全生产工作负全面领导责任"),
                    duty("DZ-ZZ-002", "对分管的城市管理领域安全生产工作负直接领导责任", "GAS")));
            ResponsibilityCoverage coverage = world.context().getBean(ResponsibilityCoverage.class);
            var gas = world.context().getBean(OrganizationDirectory.class).sector("GAS").orElseThrow();

            assertEquals("lists.type.RESPONSIBILITY.government", leaders.titleKey());
            assertEquals(List.of("DZ-ZZ-002"), codes(world.items().find(
                    filter(Map.of("department", "ZZ-GOVERNMENT", "sector", "GAS")), 0, 10)), "found by the sector it names");
            assertTrue(coverage.covering(gas, "ZZ").isEmpty(), "a leader's duty is not a supervisor's");
            assertRefused("lists.item.missing", () -> world.publish("ZZ-HOUSING", ListType.RESPONSIBILITY, 0,
                    JANUARY, List.of(duty("ZR-ZZ-009", "未写明行业领域的职责"))));

            world.publish("ZZ-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, JANUARY, List.of(duty("ZR-ZZ-001", "燃气", "GAS")));

            assertEquals(List.of("ZR-ZZ-001"), codes(coverage.covering(gas, "ZZ")));
        }
    }

    private static ItemFilter filter(Map<String, String> parameters) {
        return ItemFilter.parse(parameters);
    }

    private static List<String> codes(List<PublishedItem> items) {
        return items.stream().map(PublishedItem::code).toList();
    }

    private static void assertRefused(String key, Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).messageKey());
    }
}
