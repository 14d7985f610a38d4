package org.safetyportal.content.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.safetyportal.content.blacklist.DemoBlacklist;
import org.safetyportal.content.majorhazards.DemoHazards;
import org.safetyportal.content.inspection.DemoInspections;
import org.safetyportal.content.lists.DemoLists;
import org.safetyportal.content.oversight.DemoOversight;
import org.safetyportal.content.rectification.DemoRectification;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

/**
 * Demo loading that is stopped half-way, as a kill -9 during the first start stops it, and then run
 * again as the next start runs it. The stop is a real failure inside a publication: a row already in
 * the ledger at the place the next entry needs, so that entry's insert fails and its transaction is
 * rolled back, at the first list publications, at the first hazard step and at the first blacklist
 * removal. The runs after it must leave exactly what one uninterrupted run leaves.
 */
class DemoLoadingTest {

    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

    @OnEveryTestDatabase
    void loadingStoppedAtAnyPublication_isCompletedByTheNextStart_withoutDuplicatesOrOrphanDrafts(String kind) {
        List<String> expected;
        List<Long> stops = new ArrayList<>();
        try (TestWorld uninterrupted = TestWorld.start(kind, NOW)) {
            load(uninterrupted);
            expected = summary(uninterrupted.database().dsl());
            DSLContext dsl = uninterrupted.database().dsl();
            stops.add(firstSeq(dsl, "list.published") + 2);
            stops.add(firstSeq(dsl, "major-hazard.status"));
            stops.add(firstSeq(dsl, "rectification-problem.completed"));
            stops.add(firstSeq(dsl, "blacklist.removed"));
            assertTrue(uninterrupted.ledger().verify().intact());
        }

        try (TestWorld world = TestWorld.start(kind, NOW)) {
            DSLContext dsl = world.database().dsl();
            for (long stop : stops) {
                occupy(dsl, stop);
                assertThrows(RuntimeException.class, () -> load(world), "the start stops at entry " + stop);
                free(dsl, stop);
                assertEquals(0, openDemoDrafts(dsl), "no demo draft outlives a stopped start (" + stop + ")");
                assertEquals(0, dsl.fetchCount(dsl.selectFrom("blacklist_removal_request").where("status = 'PENDING'")),
                        "no removal request is left half-done");
                assertTrue(world.ledger().size() < stop, "nothing at or after the stop is published");
                assertTrue(world.ledger().verify().intact(), "what was published before the stop verifies");
            }
            load(world);
            assertEquals(expected, summary(dsl), "the next start completes the demo, without duplicates");
            assertTrue(world.ledger().verify().intact());
            load(world);
            assertEquals(expected, summary(dsl), "a start after a complete load publishes nothing");
        }
    }

    /** What PortalStartup runs, in its order. */
    private static void load(TestWorld world) {
        world.bean(DemoLists.class).publishIfNoListsExist();
        world.bean(DemoInspections.class).publishIfNoneExist();
        world.bean(DemoHazards.class).publishIfNoneExist();
        world.bean(DemoOversight.class).publishIfNoneExist();
        world.bean(DemoRectification.class).publishIfNoneExist();
        world.bean(DemoBlacklist.class).publishIfNoneExist();
    }

    private static long firstSeq(DSLContext dsl, String eventType) {
        return ((Number) dsl.fetchValue("SELECT MIN(seq) FROM publication_ledger WHERE event_type = ?", eventType)).longValue();
    }

    /** A row where the entry of that number must go: its insert fails on the primary key. */
    private static void occupy(DSLContext dsl, long seq) {
        dsl.execute("INSERT INTO publication_ledger (seq, occurred_at, event_type, subject, content_hash, previous_hash,"
                + " entry_hash) VALUES (?, '2026-01-01 00:00:00', 'test.stop', 'test:stop', ?, ?, ?)",
                seq, "0".repeat(64), "0".repeat(64), "0".repeat(64));
    }

    private static void free(DSLContext dsl, long seq) {
        dsl.execute("DELETE FROM publication_ledger WHERE seq = ? AND event_type = 'test.stop'", seq);
    }

    private static int openDemoDrafts(DSLContext dsl) {
        return dsl.fetchCount(dsl.selectFrom("list_version")
                .where("status IN ('DRAFT', 'SUBMITTED') AND drafted_by = 'demo.publisher'"));
    }

    /** Everything the demo leaves, without ids (which differ after rolled-back inserts on MariaDB). */
    private static List<String> summary(DSLContext dsl) {
        List<String> lines = new ArrayList<>();
        dsl.fetch("SELECT event_type FROM publication_ledger ORDER BY seq")
                .forEach(r -> lines.add("ledger " + r.get(0)));
        dsl.fetch("SELECT d.code, v.list_type, v.list_year, v.version_no, v.status, v.drafted_by, v.reviewed_by,"
                        + " (SELECT COUNT(*) FROM list_item i WHERE i.version_id = v.id)"
                        + " FROM list_version v JOIN department d ON d.id = v.department_id"
                        + " ORDER BY d.code, v.list_type, v.list_year, v.version_no")
                .forEach(r -> lines.add("list " + r.intoList()));
        dsl.fetch("SELECT record_code FROM inspection_record ORDER BY record_code")
                .forEach(r -> lines.add("inspection " + r.get(0)));
        dsl.fetch("SELECT h.register_code, (SELECT COUNT(*) FROM major_hazard_event e WHERE e.hazard_id = h.id)"
                        + " FROM major_hazard h ORDER BY h.register_code")
                .forEach(r -> lines.add("hazard " + r.intoList()));
        dsl.fetch("SELECT o.result_code, (SELECT COUNT(*) FROM oversight_rectification_report r WHERE r.result_id = o.id)"
                        + " FROM oversight_result o ORDER BY o.result_code")
                .forEach(r -> lines.add("oversight " + r.intoList()));
        dsl.fetch("SELECT p.problem_code, (SELECT COUNT(*) FROM rectification_completion c WHERE c.problem_id = p.id)"
                        + " FROM rectification_problem p ORDER BY p.problem_code")
                .forEach(r -> lines.add("problem " + r.intoList()));
        dsl.fetch("SELECT decision_code FROM accountability_decision ORDER BY decision_code")
                .forEach(r -> lines.add("accountability " + r.get(0)));
        dsl.fetch("SELECT b.credit_code, b.decision_no, (SELECT COUNT(*) FROM blacklist_removal r WHERE r.entry_id = b.id)"
                        + " FROM blacklist_entry b ORDER BY b.credit_code, b.decision_no")
                .forEach(r -> lines.add("blacklist " + r.intoList()));
        dsl.fetch("SELECT status, COUNT(*) FROM blacklist_removal_request GROUP BY status ORDER BY status")
                .forEach(r -> lines.add("removal requests " + r.intoList()));
        return lines;
    }
}
