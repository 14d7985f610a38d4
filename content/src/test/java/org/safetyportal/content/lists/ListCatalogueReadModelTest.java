package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.safetyportal.content.ledger.PublicationHead;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.testing.ModuleContext;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

/** The public lists are a read model per ledger head: read once, served from memory, moved on by every append. */
class ListCatalogueReadModelTest {

    private static final ListVersionApproval ANNUAL = new ListVersionApproval(LocalDate.of(2026, 1, 1), ChangeReason.ANNUAL_UPDATE, null);

    private record World(TestWorld world, int emergency, int energy) implements ListStaffWorld {

        static World start(String kind) {
            return ListStaffWorld.start(kind, Instant.parse("2026-01-05T02:00:00Z"), World::new);
        }

        ListVersion publish(String... codes) {
            return publish(ListType.RESPONSIBILITY, 0, java.util.Arrays.stream(codes)
                    .map(code -> ListPublishingTest.duty(code, "职责 " + code, "FIRE")).toList(), ANNUAL);
        }

        Department department() {
            return bean(OrganizationDirectory.class).department(emergency()).orElseThrow();
        }
    }

    private static void readDepartmentPage(ListCatalogue catalogue, Department department) {
        for (ListVersion version : catalogue.inForce(department)) {
            catalogue.items(version);
            catalogue.history(department.id(), version.type(), version.year());
        }
        catalogue.current();
    }

    /** Counts, from now on, the statements the world's database is sent whose SQL matches. */
    private static AtomicInteger countQueries(World world, Predicate<String> matching) {
        AtomicInteger queries = new AtomicInteger();
        world.database().dsl().configuration().set(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (ctx.sql() != null && matching.test(ctx.sql())) {
                    queries.incrementAndGet();
                }
            }
        });
        return queries;
    }

    @OnEveryTestDatabase
    void repeatedReadsAtOneHead_askTheDatabaseNothingMore(String kind) {
        try (World world = World.start(kind)) {
            world.publish("ZR-001");
            ListCatalogue catalogue = world.catalogue();
            readDepartmentPage(catalogue, world.department());
            AtomicInteger queries = countQueries(world, sql -> true);

            for (int visit = 0; visit < 100; visit++) {
                readDepartmentPage(catalogue, world.department());
            }

            assertTrue(queries.get() <= 3, "a hundred page reads at one head ask at most for the head itself, not "
                    + queries.get() + " queries");
        }
    }

    @OnEveryTestDatabase
    void entriesOfOtherRegisters_leaveTheListsAsRead(String kind) {
        try (World world = World.start(kind)) {
            world.publish("ZR-001");
            ListCatalogue catalogue = world.catalogue();
            readDepartmentPage(catalogue, world.department());
            AtomicInteger listQueries = countQueries(world, sql -> sql.contains("list_"));

            // What a stream of citizens' reports does to the ledger: one entry each, none of them a list's.
            PublicationLedger ledger = world.bean(PublicationLedger.class);
            for (int report = 1; report <= 20; report++) {
                ledger.append("hazardCase.step", "hazard-case-event:" + report, "{}");
                readDepartmentPage(catalogue, world.department());
            }
            assertEquals(0, listQueries.get(), "the lists were read again for ledger entries that are not theirs");
            ListVersion second = world.publish("ZR-001", "ZR-002");
            assertEquals(List.of(second.id()), catalogue.inForce(world.department()).stream().map(ListVersion::id).toList(),
                    "a list's own publication renews the lists at once");
        }
    }

    @OnEveryTestDatabase
    void aPublication_isReadBackAtOnce(String kind) {
        try (World world = World.start(kind)) {
            ListVersion first = world.publish("ZR-001");
            ListCatalogue catalogue = world.catalogue();
            assertEquals(List.of(first.id()), catalogue.inForce(world.department()).stream().map(ListVersion::id).toList());
            assertEquals(VersionStatus.PUBLISHED, catalogue.version(first.id()).orElseThrow().status());

            ListVersion second = world.publish("ZR-001", "ZR-002");

            assertEquals(List.of(second.id()), catalogue.inForce(world.department()).stream().map(ListVersion::id).toList(),
                    "the new version is in force the moment it is published, not when a cache expires");
            assertEquals(List.of(second.id()), catalogue.current().stream().map(ListVersion::id).toList());
            assertEquals(VersionStatus.SUPERSEDED, catalogue.version(first.id()).orElseThrow().status());
            assertEquals(2, catalogue.items(catalogue.current().get(0)).size());
        }
    }

    @OnEveryTestDatabase
    void twoNodesOnOneDatabase_theOtherNoticesAPublicationWithinASecond(String kind) throws Exception {
        try (World world = World.start(kind);
             ApplicationContext otherNode = ModuleContext.start(world.database(), world.clock())) {
            ListVersion first = world.publish("ZR-001");
            ListCatalogue other = otherNode.getBean(ListCatalogue.class);
            Department department = otherNode.getBean(OrganizationDirectory.class).department(world.emergency()).orElseThrow();
            assertEquals(List.of(first.id()), other.inForce(department).stream().map(ListVersion::id).toList());

            ListVersion second = world.publish("ZR-001", "ZR-002");
            long published = System.nanoTime();
            while (other.inForce(department).get(0).id() != second.id()) {
                assertTrue(System.nanoTime() - published < PublicationHead.CHECK_INTERVAL.toNanos() * 3,
                        "the other node still serves the old version well after the check interval");
                Thread.sleep(20);
            }
            long waitedMillis = (System.nanoTime() - published) / 1_000_000;
            assertTrue(waitedMillis <= PublicationHead.CHECK_INTERVAL.toMillis() + 500,
                    "the other node noticed the new head after " + waitedMillis + " ms");
            assertEquals(VersionStatus.SUPERSEDED, other.version(first.id()).orElseThrow().status());
        }
    }
}
