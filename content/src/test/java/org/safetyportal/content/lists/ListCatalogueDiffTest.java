package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.lists.ListDiff.FieldChange;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

/** Media compare two published versions of a list: what was added, removed and reworded. */
class ListCatalogueDiffTest {

    private static final ListVersionApproval LAW_CHANGE = new ListVersionApproval(LocalDate.of(2026, 1, 5), ChangeReason.LAW_CHANGE, null);

    /** The emergency bureau's publisher and reviewer publish its lists, approved as changes of law. */
    private record World(TestWorld world, int emergency, int energy) implements ListStaffWorld {

        static World start(String kind) {
            return ListStaffWorld.start(kind, Instant.parse("2026-01-05T02:00:00Z"), World::new);
        }

        ListVersion publish(ListType type, int year, List<ListItem> items) {
            return publish(type, year, items, LAW_CHANGE);
        }
    }

    private static ListItem duty(String code, String title, String... sectors) {
        return ListPublishingTest.duty(code, title, sectors);
    }

    @OnEveryTestDatabase
    void twoVersions_showAddedRemovedRewordedAndUnchangedItems(String kind) {
        try (World world = World.start(kind)) {
            ListVersion first = world.publish(ListType.RESPONSIBILITY, 0, List.of(
                    duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS"),
                    duty("ZR-002", "非煤矿山安全监管", "NON_COAL_MINE"),
                    duty("ZR-003", "冶金工贸安全监管", "METALLURGY_MANUFACTURING"),
                    duty("ZR-004", "消防安全监管", "FIRE")));
            ListVersion second = world.publish(ListType.RESPONSIBILITY, 0, List.of(
                    duty("ZR-001", "危险化学品安全综合监督管理", "HAZARDOUS_CHEMICALS"),
                    duty("ZR-002", "非煤矿山安全监管", "NON_COAL_MINE", "METALLURGY_MANUFACTURING"),
                    duty("ZR-003", "冶金工贸安全监管", "METALLURGY_MANUFACTURING"),
                    duty("ZR-005", "有限空间作业安全监管 🔧", "METALLURGY_MANUFACTURING")));

            ListDiff diff = world.catalogue().diff(first.id(), second.id());

            assertEquals(first.id(), diff.from().id());
            assertEquals(second.id(), diff.to().id());
            assertEquals(List.of("ZR-005"), diff.added().stream().map(ListItem::code).toList());
            assertEquals("有限空间作业安全监管 🔧", diff.added().get(0).title());
            assertEquals(List.of("ZR-004"), diff.removed().stream().map(ListItem::code).toList());
            assertEquals(List.of("ZR-001", "ZR-002"), diff.changed().stream().map(ListDiff.ChangedItem::code).toList());
            assertEquals(List.of(new FieldChange("title", "危险化学品安全监管", "危险化学品安全综合监督管理")),
                    diff.changed().get(0).fields());
            assertEquals(List.of(new FieldChange("sectors", List.of("NON_COAL_MINE"),
                    List.of("METALLURGY_MANUFACTURING", "NON_COAL_MINE"))), diff.changed().get(1).fields(),
                    "sectors are compared as a set, in code order");
            assertEquals(1, diff.unchanged());
        }
    }

    @OnEveryTestDatabase
    void comparingBackwards_swapsAddedAndRemoved_andTheOldVersionStaysComparable(String kind) {
        try (World world = World.start(kind)) {
            ListVersion first = world.publish(ListType.RESPONSIBILITY, 0, List.of(duty("ZR-001", "职责", "FIRE")));
            ListVersion second = world.publish(ListType.RESPONSIBILITY, 0, List.of(duty("ZR-001", "职责", "FIRE"), duty("ZR-002", "新职责", "GAS")));

            ListDiff backwards = world.catalogue().diff(second.id(), first.id());

            assertEquals(VersionStatus.SUPERSEDED, backwards.to().status());
            assertEquals(List.of("ZR-002"), backwards.removed().stream().map(ListItem::code).toList());
            assertEquals(List.of(), backwards.added());
            assertTrue(world.catalogue().diff(second.id(), second.id()).identical());
        }
    }

    @OnEveryTestDatabase
    void theVersionBeforeIsThePreviousPublicVersionOfTheSameList(String kind) {
        try (World world = World.start(kind)) {
            ListVersion first = world.publish(ListType.RESPONSIBILITY, 0, List.of(duty("ZR-001", "职责", "FIRE")));
            ListVersion powers = world.publish(ListType.POWER, 0, List.of(new ListItem("QL-001", "行政检查", PowerType.INSPECTION,
                    "《安全生产法》第六十五条", "市应急管理局", null, null, null, List.of(), null, null, null, null, null)));
            ListVersion second = world.publish(ListType.RESPONSIBILITY, 0, List.of(duty("ZR-001", "职责二", "FIRE")));
            world.draft(ListType.RESPONSIBILITY, 0, List.of(duty("ZR-001", "职责三", "FIRE")));

            assertEquals(first.id(), world.catalogue().previous(second).orElseThrow().id());
            assertTrue(world.catalogue().previous(first).isEmpty());
            assertTrue(world.catalogue().previous(powers).isEmpty());
        }
    }

    @OnEveryTestDatabase
    void versionsOfDifferentListsOrNotPublished_areRefused(String kind) {
        try (World world = World.start(kind)) {
            ListVersion duties = world.publish(ListType.RESPONSIBILITY, 0, List.of(duty("ZR-001", "职责", "FIRE")));
            ListItem task = new ListItem("RW-01", "任务", null, null, "市应急管理局", null, null, null, List.of(), "措施",
                    LocalDate.of(2026, 12, 31), null, TaskStatus.NOT_STARTED, null);
            ListVersion tasks2026 = world.publish(ListType.ANNUAL_TASKS, 2026, List.of(task));
            ListVersion tasks2027 = world.publish(ListType.ANNUAL_TASKS, 2027, List.of(task));
            ListVersion draft = world.draft(ListType.RESPONSIBILITY, 0, List.of(duty("ZR-001", "职责二", "FIRE")));

            assertRefused("lists.diff.differentLists", () -> world.catalogue().diff(duties.id(), tasks2026.id()));
            assertRefused("lists.diff.differentLists", () -> world.catalogue().diff(tasks2026.id(), tasks2027.id()));
            assertRefused("lists.version.notFound", () -> world.catalogue().diff(duties.id(), draft.id()));
            assertRefused("lists.version.notFound", () -> world.catalogue().diff(999999, duties.id()));
        }
    }

    @OnEveryTestDatabase
    void theDemonstrationData_publishesASecondVersionOfTheEnergyResponsibilities_toCompare(String kind) {
        try (World world = World.start(kind)) {
            DemoLists demo = world.context().getBean(DemoLists.class);
            int published = demo.publishIfNoListsExist();
            int energy = world.context().getBean(OrganizationDirectory.class).department("ENERGY", "JC").orElseThrow().id();

            List<ListVersion> history = world.catalogue().history(energy, ListType.RESPONSIBILITY, 0);
            assertEquals(List.of(2, 1), history.stream().map(ListVersion::versionNo).toList());
            assertEquals(ChangeReason.LAW_CHANGE, history.get(0).changeReason());
            assertEquals(LocalDate.of(2026, 7, 1), history.get(0).effectiveDate());
            ListDiff diff = world.catalogue().diff(history.get(1).id(), history.get(0).id());
            assertEquals(List.of("ZR-NY-003"), diff.added().stream().map(ListItem::code).toList());
            assertEquals(List.of("ZR-NY-001"), diff.changed().stream().map(ListDiff.ChangedItem::code).toList());
            assertEquals(List.of("title"), diff.changed().get(0).fields().stream().map(FieldChange::field).toList());
            assertEquals(1, diff.unchanged());
            assertEquals(List.of(), diff.removed());
            assertEquals(published, world.catalogue().current().size() + 1, "one list has an older version too");
        }
    }

    private static void assertRefused(String expectedKey, Executable action) {
        assertEquals(expectedKey, assertThrows(ValidationException.class, action).messageKey());
    }
}
