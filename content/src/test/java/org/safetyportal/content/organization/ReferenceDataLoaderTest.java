package org.safetyportal.content.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.testing.ModuleContext;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestDatabase;

class ReferenceDataLoaderTest {

    @OnEveryTestDatabase
    void loadsTheCityTheSevenCountyAreasAndEveryDepartment(String kind) {
        try (TestDatabase database = TestDatabase.create(kind);
             ApplicationContext context = ModuleContext.start(database, Clock.systemUTC())) {
            ReferenceDataLoader.Summary summary = context.getBean(ReferenceDataLoader.class).load();
            OrganizationDirectory directory = context.getBean(OrganizationDirectory.class);

            assertEquals(8, summary.areas());
            assertEquals(List.of("JC", "CQ", "ZZ", "GP", "YC", "LC", "QS", "KFQ"),
                    directory.areas().stream().map(Area::code).toList());
            assertEquals(summary.areas() * summary.departmentTypes(), directory.departments().size(),
                    "every area has its counterpart of every kind of department");
            Department zezhouEmergency = directory.department("EMERGENCY", "ZZ").orElseThrow();
            assertEquals("泽州县应急管理局", zezhouEmergency.name().zh());
            assertEquals("Zezhou County Emergency Management Bureau", zezhouEmergency.name().in(Locale.ENGLISH));
            assertEquals("晋城市消防救援支队", directory.department("FIRE_RESCUE", "JC").orElseThrow().name().zh());
            assertEquals("高平市消防救援大队", directory.department("FIRE_RESCUE", "GP").orElseThrow().name().zh());
            Department zezhou = directory.department(Department.GOVERNMENT, "ZZ").orElseThrow();
            assertTrue(zezhou.isGovernment());
            assertEquals("泽州县人民政府", zezhou.name().zh());
            assertEquals("晋城经济技术开发区管理委员会", directory.department(Department.GOVERNMENT, "KFQ").orElseThrow().name().zh(),
                    "the development zone is run by an administrative committee");
            assertEquals(summary.areas(), directory.departments().stream().filter(Department::isGovernment).count(),
                    "one government per area");
            assertEquals("JC", directory.city().orElseThrow().code());
            assertEquals(directory.departments().size() - summary.areas(), directory.departmentsOtherThanGovernments().size());
            Actor publisher = Actor.builtIn("zz.publisher", List.of(RoleGrant.inDepartment("PUBLISHER", zezhouEmergency.id())),
                    Map.of("PUBLISHER", Set.of(Permissions.PUBLISH_INSPECTIONS)));
            assertEquals(List.of(zezhouEmergency), directory.departmentsFor(publisher, Permissions.LIST_HAZARDS,
                    Permissions.PUBLISH_INSPECTIONS), "the departments the actor may act for, by any of the permissions");
            assertEquals(List.of(), directory.departmentsFor(publisher, Permissions.LIST_HAZARDS));
        }
    }

    @OnEveryTestDatabase
    void mapsEverySectorToTheKindOfDepartmentThatSupervisesIt(String kind) {
        try (TestDatabase database = TestDatabase.create(kind);
             ApplicationContext context = ModuleContext.start(database, Clock.systemUTC())) {
            context.getBean(ReferenceDataLoader.class).load();
            OrganizationDirectory directory = context.getBean(OrganizationDirectory.class);

            assertEquals("ENERGY", directory.sector("COAL_MINE").orElseThrow().supervisorTypeCode());
            assertEquals("URBAN_MANAGEMENT", directory.sector("GAS").orElseThrow().supervisorTypeCode());
            assertEquals("MARKET_REGULATION", directory.sector("SPECIAL_EQUIPMENT").orElseThrow().supervisorTypeCode());
            assertEquals(SectorKind.NATURAL_HAZARD, directory.sector("GEOLOGICAL").orElseThrow().kind());
            for (Sector sector : directory.sectors()) {
                assertTrue(directory.department(sector.supervisorTypeCode(), "JC").isPresent(),
                        sector.code() + " has a supervising department in the city");
            }
        }
    }

    @OnEveryTestDatabase
    void loadingAgainKeepsRowsAndIdsAndDuplicatesNothing(String kind) {
        try (TestDatabase database = TestDatabase.create(kind);
             ApplicationContext context = ModuleContext.start(database, Clock.systemUTC())) {
            ReferenceDataLoader loader = context.getBean(ReferenceDataLoader.class);
            OrganizationDirectory directory = context.getBean(OrganizationDirectory.class);
            loader.load();
            List<Department> first = directory.departments();
            int sectors = directory.sectors().size();

            loader.load();

            assertEquals(first, directory.departments());
            assertEquals(sectors, directory.sectors().size());
        }
    }
}
