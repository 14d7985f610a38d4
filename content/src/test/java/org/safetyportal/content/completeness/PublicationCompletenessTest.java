package org.safetyportal.content.completeness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.lists.ChangeReason;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListPublishing;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.ListVersionApproval;
import org.safetyportal.content.lists.TaskStatus;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.oversight.NewOversightResult;
import org.safetyportal.content.oversight.OversightKind;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class PublicationCompletenessTest {

    private static final ListVersionApproval APPROVAL = new ListVersionApproval(LocalDate.of(2025, 1, 1), ChangeReason.ANNUAL_UPDATE, null);

    /** The city's emergency bureau with a publisher and a reviewer, and the city's 安委办 and Zezhou's emergency bureau publishing oversight. */
    private record World(TestWorld world, int emergency, int committee, int zezhouEmergency, int cityHousing,
            int zezhouHousing) implements TestWorld.Around {

        static World start(String kind) {
            return TestWorld.start(kind, Instant.parse("2026-11-28T04:00:00Z")).then(world -> {
                int emergency = world.department("EMERGENCY", "JC");
                int committee = world.department("SAFETY_COMMITTEE", "JC");
                int zezhou = world.department("EMERGENCY", "ZZ");
                world.staff("publisher", RoleGrant.inDepartment("PUBLISHER", emergency))
                        .staff("reviewer", RoleGrant.inDepartment("REVIEWER", emergency))
                        .staff("aw.publisher", RoleGrant.inDepartment("PUBLISHER", committee))
                        .staff("zz.publisher", RoleGrant.inDepartment("PUBLISHER", zezhou));
                return new World(world, emergency, committee, zezhou, world.department("HOUSING", "JC"),
                        world.department("HOUSING", "ZZ"));
            });
        }

        PublicationCompleteness completeness() {
            return bean(PublicationCompleteness.class);
        }

        ListVersion publish(ListType type, int year, ListItem item) {
            ListPublishing publishing = bean(ListPublishing.class);
            ListVersion draft = publishing.startDraft(actor("publisher"), emergency, type, year);
            publishing.saveItems(actor("publisher"), draft.id(), List.of(item));
            publishing.submit(actor("publisher"), draft.id());
            return publishing.approve(actor("reviewer"), draft.id(), APPROVAL);
        }

        void oversee(String publisher, int conductor, String code, OversightKind kind, int department, int year) {
            LocalDate decided = LocalDate.of(year, 6, 1);
            bean(OversightRegister.class).publish(actor(publisher), new NewOversightResult(code, kind, conductor, null,
                    department, null, decided.minusDays(7), decided.minusDays(3), year, "（示例）履职情况良好", null, null,
                    null, null, decided, decided.plusDays(3)));
        }

        DepartmentCompleteness of(int departmentId) {
            return completeness().current().departments().stream().filter(d -> d.department().id() == departmentId)
                    .findFirst().orElseThrow();
        }
    }

    private static ListItem duty() {
        return new ListItem("ZR-001", "危险化学品安全监管", null, "《安全生产法》第十条", "市应急管理局", null,
                "未履行监管职责的，依法追责", null, List.of("HAZARDOUS_CHEMICALS"), null, null, null, null, null);
    }

    private static ListItem task(int year) {
        return new ListItem("RW-1", "隐患排查治理", null, null, "市应急管理局", null, null, null, List.of(), "按月推进",
                LocalDate.of(year, 12, 31), null, TaskStatus.NOT_STARTED, null);
    }

    private static ListStanding standing(DepartmentCompleteness department, ListType type) {
        return department.lists().stream().filter(s -> s.type() == type).findFirst().orElseThrow();
    }

    @OnEveryTestDatabase
    void everyDepartmentWithSafetyDutiesIsListed_thoseThatPublishedNothingToo(String kind) {
        try (World world = World.start(kind)) {
            CompletenessReport report = world.completeness().current();

            assertEquals(2026, report.year());
            assertEquals(LocalDate.of(2026, 11, 28), report.asOf());
            assertEquals(world.bean(OrganizationDirectory.class).departments().size(), report.departments().size());
            assertEquals(report.departments().size(), report.withNothing());
            assertEquals(0, report.complete());
            DepartmentCompleteness emergency = world.of(world.emergency());
            assertEquals(ListState.MISSING, standing(emergency, ListType.POWER).state());
            assertEquals(ListState.MISSING, standing(emergency, ListType.RESPONSIBILITY).state());
            assertEquals(ListState.OVERDUE, standing(emergency, ListType.ANNUAL_TASKS).state());
            DepartmentCompleteness government = report.departments().stream()
                    .filter(d -> d.department().code().equals("ZZ-GOVERNMENT")).findFirst().orElseThrow();
            assertEquals(ListState.NOT_EXPECTED, standing(government, ListType.POWER).state());
            assertFalse(government.oversight().applies());
        }
    }

    @OnEveryTestDatabase
    void lastYearsAnnualListIsOverdueThisYear_andShownWithItsYear_untilThisYearsIsPublished(String kind) {
        try (World world = World.start(kind)) {
            ListVersion responsibilities = world.publish(ListType.RESPONSIBILITY, 0, duty());
            ListVersion lastYear = world.publish(ListType.ANNUAL_TASKS, 2025, task(2025));

            DepartmentCompleteness before = world.of(world.emergency());
            assertEquals(ListState.IN_FORCE, standing(before, ListType.RESPONSIBILITY).state());
            assertEquals(responsibilities.id(), standing(before, ListType.RESPONSIBILITY).version().id());
            assertEquals(ListState.MISSING, standing(before, ListType.POWER).state());
            assertEquals(ListState.OVERDUE, standing(before, ListType.ANNUAL_TASKS).state());
            assertEquals(lastYear.id(), standing(before, ListType.ANNUAL_TASKS).version().id());
            assertEquals(2025, standing(before, ListType.ANNUAL_TASKS).year());
            assertTrue(before.hasOverdue());
            assertEquals(ListState.IN_FORCE, standing(world.completeness().report(2025).departments().stream()
                    .filter(d -> d.department().id() == world.emergency()).findFirst().orElseThrow(), ListType.ANNUAL_TASKS).state());

            world.publish(ListType.ANNUAL_TASKS, 2026, task(2026));

            DepartmentCompleteness after = world.of(world.emergency());
            assertEquals(ListState.IN_FORCE, standing(after, ListType.ANNUAL_TASKS).state());
            assertEquals(2026, standing(after, ListType.ANNUAL_TASKS).year());
            assertFalse(after.hasOverdue());
            assertEquals(1, world.completeness().current().count(d -> !d.publishedNothing()));
        }
    }

    @OnEveryTestDatabase
    void oversightByTheSafetyCommitteeIsCountedAgainstTheMinimum_otherConductorsAndYearsAreNot(String kind) {
        try (World world = World.start(kind)) {
            world.oversee("aw.publisher", world.committee(), "DC-1", OversightKind.SUPERVISION, world.cityHousing(), 2026);
            world.oversee("aw.publisher", world.committee(), "DC-2", OversightKind.SUPERVISION, world.cityHousing(), 2026);
            world.oversee("aw.publisher", world.committee(), "XC-1", OversightKind.INSPECTION_TOUR, world.cityHousing(), 2026);
            world.oversee("aw.publisher", world.committee(), "DC-3", OversightKind.SUPERVISION, world.zezhouHousing(), 2026);
            world.oversee("aw.publisher", world.committee(), "DC-4", OversightKind.SUPERVISION, world.zezhouHousing(), 2025);
            world.oversee("zz.publisher", world.zezhouEmergency(), "DC-5", OversightKind.SUPERVISION, world.zezhouHousing(), 2026);

            OversightTally city = world.of(world.cityHousing()).oversight();
            assertEquals(new OversightTally(true, 2, 1), city);
            assertTrue(city.meetsMinimum());
            OversightTally zezhou = world.of(world.zezhouHousing()).oversight();
            assertEquals(new OversightTally(true, 1, 0), zezhou);
            assertFalse(zezhou.meetsMinimum());
            assertFalse(world.of(world.committee()).oversight().applies());
            assertEquals(new OversightTally(true, 1, 0), world.completeness().report(2025).departments().stream()
                    .filter(d -> d.department().id() == world.zezhouHousing()).findFirst().orElseThrow().oversight());
        }
    }

    @OnEveryTestDatabase
    void aYearBeforeTheNoticeOrInTheFutureIsRefusedInWords(String kind) {
        try (World world = World.start(kind)) {
            ValidationException early = assertThrows(ValidationException.class, () -> world.completeness().report(2021));
            assertEquals("completeness.year.outOfRange", early.messageKey());
            assertThrows(ValidationException.class, () -> world.completeness().report(2027));
            assertEquals(2026, world.completeness().years().get(0));
            assertEquals(2022, world.completeness().years().get(world.completeness().years().size() - 1));
        }
    }
}
