package org.safetyportal.reporting.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.cases.CaseWorkflow;
import org.safetyportal.reporting.testing.ReportingWorld;

/**
 * Which case statuses make a reward possible is data ({@code seed/reporting/reward-statuses.tsv}), checked at start-up
 * against the workflow's statuses: a mistake stops the start, naming the file and the line.
 */
class RewardStatusesTest {

    private static final List<String> KNOWN = List.of("SUBMITTED", "ACCEPTED", "INVESTIGATING", "RECTIFYING",
            "AWAITING_VERIFICATION", "CLOSED", "NOT_ACCEPTED");

    @OnEveryTestDatabase
    void theSeed_namesTheStatusesAfterAnInvestigation_allKnownToTheWorkflow(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            RewardStatuses statuses = world.bean(RewardStatuses.class);
            assertEquals(Set.of("INVESTIGATING", "RECTIFYING", "AWAITING_VERIFICATION", "CLOSED"), statuses.all());
            assertTrue(world.bean(CaseWorkflow.class).statuses().containsAll(statuses.all()));
            assertTrue(statuses.penalisable("CLOSED"));
            assertFalse(statuses.penalisable("SUBMITTED"), "nothing investigated yet");
            assertFalse(statuses.penalisable("NOT_ACCEPTED"));
        }
    }

    @Test
    void anUnknownStatus_stopsTheStart_namingTheFileAndTheLine() {
        IllegalStateException stopped = assertThrows(IllegalStateException.class,
                () -> new RewardStatuses("seed/test/reward-statuses-unknown.tsv", KNOWN));
        assertTrue(stopped.getMessage().startsWith("seed/test/reward-statuses-unknown.tsv:4: \"INVESTIGATED\" is not a case status"),
                stopped.getMessage());
        assertTrue(stopped.getMessage().contains("INVESTIGATING"), "the statuses known are named: " + stopped.getMessage());
    }

    @Test
    void aStatusNamedTwice_stopsTheStart_namingTheLine() {
        IllegalStateException stopped = assertThrows(IllegalStateException.class,
                () -> new RewardStatuses("seed/test/reward-statuses-twice.tsv", KNOWN));
        assertEquals("seed/test/reward-statuses-twice.tsv:3: \"CLOSED\" is named twice", stopped.getMessage());
    }
}
