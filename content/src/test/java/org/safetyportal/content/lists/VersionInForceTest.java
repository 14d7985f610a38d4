package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safetyportal.content.testing.PublishedLists.duty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.PublishedLists;
import org.safetyportal.content.testing.TestWorld;

/**
 * A version published with a later effective date does not supersede the version in force until that
 * date (issue 11, item 2): the catalogue, the item filters and the 责任清单 coverage that routes hazard
 * reports all read the same rule, on the city's calendar day.
 */
class VersionInForceTest {

    /** 2026-12-02 10:00 in Jincheng. */
    private static final Instant PUBLISHED_ON = Instant.parse("2026-12-02T02:00:00Z");
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
    private static final LocalDate TOMORROW = LocalDate.of(2026, 12, 3);

    private record World(TestWorld world) implements TestWorld.Around {

        ListVersion publish(LocalDate effective, String code, String sector) {
            return new PublishedLists(context()).publish("ZZ-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, effective,
                    List.of(duty(code, "监管 " + code, sector)));
        }

        ListCatalogue catalogue() {
            return bean(ListCatalogue.class);
        }

        List<String> coverage(String sector) {
            Sector found = bean(OrganizationDirectory.class).sector(sector).orElseThrow();
            return bean(ResponsibilityCoverage.class).covering(found, "ZZ").stream().map(PublishedItem::code).toList();
        }

        List<String> itemsInForce() {
            ItemFilter filter = new ItemFilter("ZZ-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, null, null, null, null, null, null);
            return bean(PublishedItems.class).find(filter, 0, 100).stream()
                    .map(p -> p.code() + "@" + p.version().status()).toList();
        }
    }

    @OnEveryTestDatabase
    void theVersionInForce_staysInForceUntilTheNewOnesEffectiveDate_thenTheNewOneTakesOver(String kind) {
        try (World world = new World(TestWorld.start(kind, PUBLISHED_ON))) {
            ListVersion first = world.publish(JANUARY, "ZR-ZZ-001", "GAS");
            ListVersion second = world.publish(TOMORROW, "ZR-ZZ-002", "MUNICIPAL_UTILITIES");
            int department = first.department().id();

            assertEquals(first.id(), world.catalogue().current(department, ListType.RESPONSIBILITY, 0).orElseThrow().id());
            assertEquals(VersionStatus.PUBLISHED, world.catalogue().version(first.id()).orElseThrow().status());
            assertEquals(VersionStatus.ANNOUNCED, world.catalogue().version(second.id()).orElseThrow().status());
            assertEquals(List.of(second.id()), world.catalogue().announced(first.department()).stream().map(ListVersion::id).toList());
            assertEquals(List.of("ZR-ZZ-001@PUBLISHED"), world.itemsInForce());
            assertEquals(List.of("ZR-ZZ-001"), world.coverage("GAS"), "reports are routed by the version in force");
            assertEquals(List.of(), world.coverage("MUNICIPAL_UTILITIES"));

            world.clock().advance(Duration.ofDays(1)); // 2026-12-03, the new version's effective date

            assertEquals(second.id(), world.catalogue().current(department, ListType.RESPONSIBILITY, 0).orElseThrow().id());
            assertEquals(VersionStatus.SUPERSEDED, world.catalogue().version(first.id()).orElseThrow().status());
            assertEquals(List.of(), world.catalogue().announced(first.department()));
            assertEquals(List.of("ZR-ZZ-002@PUBLISHED"), world.itemsInForce());
            assertEquals(List.of(), world.coverage("GAS"));
            assertEquals(List.of("ZR-ZZ-002"), world.coverage("MUNICIPAL_UTILITIES"));
        }
    }

    @OnEveryTestDatabase
    void aFirstVersionDatedLater_isAnnounced_andNothingIsInForceBeforeIt(String kind) {
        try (World world = new World(TestWorld.start(kind, PUBLISHED_ON))) {
            ListVersion only = world.publish(TOMORROW, "ZR-ZZ-001", "GAS");

            assertEquals(VersionStatus.ANNOUNCED, world.catalogue().version(only.id()).orElseThrow().status());
            assertEquals(List.of(), world.catalogue().inForce(only.department()));
            assertEquals(List.of(), world.coverage("GAS"));
        }
    }
}
