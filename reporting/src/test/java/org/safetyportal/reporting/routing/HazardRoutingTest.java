package org.safetyportal.reporting.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.content.testing.PublishedLists.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.lists.DemoLists;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.PowerType;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.PublishedLists;
import org.safetyportal.content.testing.TestWorld;

class HazardRoutingTest {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

    /** A database with the reference data and the routing over it. */
    private record World(TestWorld world) implements TestWorld.Around {

        static World start(String kind) {
            return new World(TestWorld.start(kind, Instant.parse("2026-03-02T02:00:00Z")));
        }

        HazardRouting routing() {
            return bean(HazardRouting.class);
        }

        PublishedLists lists() {
            return new PublishedLists(context());
        }
    }

    @OnEveryTestDatabase
    void withoutAnyList_aHazardGoesToTheSupervisingDepartmentOfItsCounty_byTheFallbackMapping(String kind) {
        try (World world = World.start(kind)) {
            HazardRouting routing = world.routing();

            ResponsibleDepartment coal = routing.route("COAL_MINE", "ZZ");
            assertEquals("ZZ-ENERGY", coal.department().code());
            assertFalse(coal.escalatedToCity());
            assertEquals(RoutingRule.SUPERVISOR_MAPPING, coal.rule());
            assertTrue(coal.justification().isEmpty());
            assertEquals("KFQ-URBAN_MANAGEMENT", routing.route("GAS", "KFQ").department().code());
            assertEquals("GP-MARKET_REGULATION", routing.route("SPECIAL_EQUIPMENT", "GP").department().code());
            ResponsibleDepartment forest = routing.route("FOREST_FIRE", "JC");
            assertEquals("JC-FORESTRY", forest.department().code());
            assertFalse(forest.escalatedToCity(), "a hazard in the city's own area is not escalated");
        }
    }

    @OnEveryTestDatabase
    void aCountyDepartmentWhoseResponsibilityListCoversTheSector_getsTheReport_andTheItemIsNamed(String kind) {
        try (World world = World.start(kind)) {
            world.lists().publish("JC-EMERGENCY", ListType.RESPONSIBILITY, 0, JANUARY,
                    List.of(duty("ZR-JC-001", "全市危险化学品安全监管", "HAZARDOUS_CHEMICALS")));
            ListVersion zezhou = world.lists().publish("ZZ-SAFETY_COMMITTEE", ListType.RESPONSIBILITY, 0, JANUARY,
                    List.of(duty("ZR-ZZ-001", "综合协调", "FIRE"), duty("ZR-ZZ-002", "本县危险化学品安全监管", "HAZARDOUS_CHEMICALS")));

            ResponsibleDepartment routed = world.routing().route("HAZARDOUS_CHEMICALS", "ZZ");

            assertEquals("ZZ-SAFETY_COMMITTEE", routed.department().code(), "the list decides, not the supervising kind");
            assertEquals(RoutingRule.COUNTY_RESPONSIBILITY_LIST, routed.rule());
            assertFalse(routed.escalatedToCity());
            assertEquals("ZR-ZZ-002", routed.justification().orElseThrow().code());
            assertEquals(zezhou.id(), routed.justification().orElseThrow().version().id());
            assertEquals(zezhou.contentHash(), routed.justification().orElseThrow().version().contentHash());
        }
    }

    @OnEveryTestDatabase
    void whenSeveralCountyListsCoverTheSector_theSupervisingKindComesFirst(String kind) {
        try (World world = World.start(kind)) {
            world.lists().publish("ZZ-SAFETY_COMMITTEE", ListType.RESPONSIBILITY, 0, JANUARY,
                    List.of(duty("ZR-ZZ-001", "综合协调危险化学品", "HAZARDOUS_CHEMICALS")));
            world.lists().publish("ZZ-EMERGENCY", ListType.RESPONSIBILITY, 0, JANUARY,
                    List.of(duty("ZR-ZZYJ-001", "本县危险化学品安全监管", "HAZARDOUS_CHEMICALS")));

            ResponsibleDepartment routed = world.routing().route("HAZARDOUS_CHEMICALS", "ZZ");

            assertEquals("ZZ-EMERGENCY", routed.department().code());
            assertEquals("ZR-ZZYJ-001", routed.justification().orElseThrow().code());
        }
    }

    @OnEveryTestDatabase
    void whenOnlyACityListCoversTheSector_theReportIsEscalatedToThatCityDepartment(String kind) {
        try (World world = World.start(kind)) {
            ListVersion city = world.lists().publish("JC-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, JANUARY,
                    List.of(duty("ZR-CG-001", "城镇燃气安全监管", "GAS", "MUNICIPAL_UTILITIES")));
            world.lists().publish("GP-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, JANUARY,
                    List.of(duty("ZR-GPCG-001", "市政公用设施安全", "MUNICIPAL_UTILITIES")));

            ResponsibleDepartment gas = world.routing().route("GAS", "GP");

            assertEquals("JC-URBAN_MANAGEMENT", gas.department().code(), "Gaoping's list does not cover gas");
            assertEquals(RoutingRule.CITY_RESPONSIBILITY_LIST, gas.rule());
            assertTrue(gas.escalatedToCity());
            assertEquals("ZR-CG-001", gas.justification().orElseThrow().code());
            assertEquals(city.id(), gas.justification().orElseThrow().version().id());
            assertEquals("GP-URBAN_MANAGEMENT", world.routing().route("MUNICIPAL_UTILITIES", "GP").department().code());
            ResponsibleDepartment inTheCity = world.routing().route("GAS", "JC");
            assertEquals(RoutingRule.CITY_RESPONSIBILITY_LIST, inTheCity.rule());
            assertFalse(inTheCity.escalatedToCity());
        }
    }

    @OnEveryTestDatabase
    void whenNoListCoversTheSector_theSeedMappingIsTheFallback_andNoItemIsNamed(String kind) {
        try (World world = World.start(kind)) {
            world.lists().publish("JC-EMERGENCY", ListType.RESPONSIBILITY, 0, JANUARY,
                    List.of(duty("ZR-JC-001", "全市危险化学品安全监管", "HAZARDOUS_CHEMICALS")));
            world.lists().publish("JC-EMERGENCY", ListType.POWER, 0, JANUARY, List.of(new ListItem(
                    "QL-001", "煤矿安全检查", PowerType.INSPECTION, "《安全生产法》", "执法支队",
                    null, null, null, List.of("COAL_MINE"), null, null, null, null, null)));

            ResponsibleDepartment coal = world.routing().route("COAL_MINE", "YC");

            assertEquals("YC-ENERGY", coal.department().code(), "a 权力清单 naming the sector does not route");
            assertEquals(RoutingRule.SUPERVISOR_MAPPING, coal.rule());
            assertNull(coal.basis());
        }
    }

    @OnEveryTestDatabase
    void aSupersededVersionNoLongerCounts(String kind) {
        try (World world = World.start(kind)) {
            world.lists().publish("ZZ-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, JANUARY,
                    List.of(duty("ZR-ZZCG-001", "本县燃气安全监管", "GAS")));
            assertEquals("ZZ-URBAN_MANAGEMENT", world.routing().route("GAS", "ZZ").department().code());
            world.lists().publish("JC-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, JANUARY,
                    List.of(duty("ZR-CG-001", "城镇燃气安全监管", "GAS")));
            world.lists().publish("ZZ-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, LocalDate.of(2026, 3, 1),
                    List.of(duty("ZR-ZZCG-002", "本县市政设施安全", "MUNICIPAL_UTILITIES")));

            ResponsibleDepartment gas = world.routing().route("GAS", "ZZ");

            assertEquals("JC-URBAN_MANAGEMENT", gas.department().code());
            assertEquals(RoutingRule.CITY_RESPONSIBILITY_LIST, gas.rule());
        }
    }

    @OnEveryTestDatabase
    void theDemonstrationLists_routeEverySectorInEveryArea_byAPublishedList(String kind) {
        try (World world = World.start(kind)) {
            world.context().getBean(DemoLists.class).publishIfNoListsExist();
            OrganizationDirectory organization = world.context().getBean(OrganizationDirectory.class);

            for (Sector sector : organization.sectors()) {
                for (Area area : organization.areas()) {
                    ResponsibleDepartment routed = world.routing().route(sector.code(), area.code());
                    assertTrue(routed.rule().fromResponsibilityList(), sector.code() + " in " + area.code() + ": " + routed.rule());
                    assertTrue(routed.justification().orElseThrow().item().sectors().contains(sector.code()));
                }
            }
            ResponsibleDepartment gas = world.routing().route("GAS", "ZZ");
            assertEquals("ZZ-URBAN_MANAGEMENT", gas.department().code());
            assertEquals(RoutingRule.COUNTY_RESPONSIBILITY_LIST, gas.rule());
            ResponsibleDepartment chemicals = world.routing().route("HAZARDOUS_CHEMICALS", "GP");
            assertEquals("JC-EMERGENCY", chemicals.department().code());
            assertTrue(chemicals.escalatedToCity());
        }
    }

    @OnEveryTestDatabase
    void unknownSectorsAndAreasAreRefusedWithAReason(String kind) {
        try (World world = World.start(kind)) {
            HazardRouting routing = world.routing();

            assertEquals("routing.sector.unknown",
                    assertThrows(ValidationException.class, () -> routing.route("NO_SUCH", "ZZ")).messageKey());
            assertEquals("routing.area.unknown",
                    assertThrows(ValidationException.class, () -> routing.route("GAS", "XX")).messageKey());
        }
    }
}
