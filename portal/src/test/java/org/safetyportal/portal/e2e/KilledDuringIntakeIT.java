package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.bench.IntakeUnderLoad;

/**
 * A machine that dies while reports arrive loses none it gave a receipt for. Apps post reports through Open311
 * from several threads; the portal is killed with SIGKILL in the middle; after the restart every receipt given
 * is looked up. H2 once kept commits in memory for up to a second, and such a kill lost the newest reports.
 */
class KilledDuringIntakeIT {

    @Test
    void aKillMinus9WhileReportsArrive_losesNoReportWhoseReceiptWasGiven() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try (PortalProcess portal = PortalProcess.startFresh(Map.of("PORTAL_DEMO_DATA", "false"))) {
            IntakeUnderLoad intake = new IntakeUnderLoad(portal, client);
            String key = intake.issueKey();

            IntakeUnderLoad.KillResult killed = intake.killInTheMiddle(key, 6, 4);

            assertTrue(killed.receipts() > 20, "reports were being taken when the kill came: " + killed);
            assertEquals(killed.receipts(), killed.found(), "every receipt given names a stored report: " + killed);
            assertTrue(killed.stored() >= killed.found(), killed.toString());
        }
    }
}
