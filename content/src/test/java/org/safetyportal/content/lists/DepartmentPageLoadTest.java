package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

/**
 * Many visitors open one department's page at once. The test database's pool holds four
 * connections ({@code TestDatabase}); a read that asked for a second connection while its first
 * still held an open cursor would wait for one that never frees up, until the pool gives up after
 * 30 seconds. Thirty-two readers must all be answered well before that.
 */
class DepartmentPageLoadTest {

    private static final int VISITORS = 32;
    private static final ListVersionApproval ANNUAL = new ListVersionApproval(LocalDate.of(2026, 1, 1), ChangeReason.ANNUAL_UPDATE, null);

    private record World(TestWorld world, int emergency, int energy) implements ListStaffWorld {

        static World start(String kind) {
            return ListStaffWorld.start(kind, Instant.parse("2026-01-05T02:00:00Z"), World::new);
        }
    }

    /** What the department page reads: the lists in force, each one's items and its published history. */
    private static int readDepartmentPage(ListCatalogue catalogue, Department department) {
        int items = 0;
        for (ListVersion version : catalogue.inForce(department)) {
            items += catalogue.items(version).size();
            catalogue.history(department.id(), version.type(), version.year());
        }
        return items;
    }

    @OnEveryTestDatabase
    void thirtyTwoVisitorsAtOnce_onAPoolOfFour_areAllAnswered(String kind) throws Exception {
        try (World world = World.start(kind)) {
            world.publish(ListType.RESPONSIBILITY, 0, List.of(ListPublishingTest.duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS")), ANNUAL);
            world.publish(ListType.RESPONSIBILITY, 0, List.of(ListPublishingTest.duty("ZR-001", "危险化学品安全监管", "HAZARDOUS_CHEMICALS"),
                    ListPublishingTest.duty("ZR-002", "非煤矿山安全监管", "NON_COAL_MINE")), ANNUAL);
            Department department = world.bean(OrganizationDirectory.class).department(world.emergency()).orElseThrow();
            ListCatalogue catalogue = world.catalogue();

            ExecutorService visitors = Executors.newFixedThreadPool(VISITORS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> pages = new ArrayList<>();
                for (int i = 0; i < VISITORS; i++) {
                    pages.add(visitors.submit(() -> {
                        start.await();
                        int items = 0;
                        for (int round = 0; round < 5; round++) {
                            items = readDepartmentPage(catalogue, department);
                        }
                        return items;
                    }));
                }
                start.countDown();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                for (Future<Integer> page : pages) {
                    try {
                        assertEquals(2, page.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS),
                                "every visitor sees the list in force with its two items");
                    } catch (TimeoutException stalled) {
                        fail("the department page stalled: not every visitor was answered within 20 seconds");
                    } catch (ExecutionException failed) {
                        throw new AssertionError("a visitor got an error instead of the page", failed.getCause());
                    }
                }
            } finally {
                visitors.shutdownNow();
                visitors.awaitTermination(40, TimeUnit.SECONDS);
            }
        }
    }
}
