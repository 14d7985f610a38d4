package org.safetyportal.reporting.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.organization.ReferenceDataLoader;
import org.safetyportal.content.testing.ModuleContext;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestDatabase;

class HazardRoutingTest {

    @OnEveryTestDatabase
    void aHazardGoesToTheSupervisingDepartmentOfItsCounty(String kind) {
        try (TestDatabase database = TestDatabase.create(kind);
             ApplicationContext context = ModuleContext.start(database, Clock.systemUTC())) {
            context.getBean(ReferenceDataLoader.class).load();
            HazardRouting routing = context.getBean(HazardRouting.class);

            ResponsibleDepartment coal = routing.route("COAL_MINE", "ZZ");
            assertEquals("ZZ-ENERGY", coal.department().code());
            assertFalse(coal.escalatedToCity());
            assertEquals("KFQ-URBAN_MANAGEMENT", routing.route("GAS", "KFQ").department().code());
            assertEquals("GP-MARKET_REGULATION", routing.route("SPECIAL_EQUIPMENT", "GP").department().code());
            assertEquals("JC-FORESTRY", routing.route("FOREST_FIRE", "JC").department().code());
        }
    }

    @OnEveryTestDatabase
    void unknownSectorsAndAreasAreRefusedWithAReason(String kind) {
        try (TestDatabase database = TestDatabase.create(kind);
             ApplicationContext context = ModuleContext.start(database, Clock.systemUTC())) {
            context.getBean(ReferenceDataLoader.class).load();
            HazardRouting routing = context.getBean(HazardRouting.class);

            assertEquals("routing.sector.unknown",
                    assertThrows(ValidationException.class, () -> routing.route("NO_SUCH", "ZZ")).messageKey());
            assertEquals("routing.area.unknown",
                    assertThrows(ValidationException.class, () -> routing.route("GAS", "XX")).messageKey());
        }
    }
}
