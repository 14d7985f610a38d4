package org.safetyportal.reporting.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.AuditEntry;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.testing.DatabaseDump;
import org.safetyportal.reporting.testing.ReportingWorld;

class SealedIdentitiesTest {

    private static final String PHONE = "13912345678";
    /** ASCII, so that it would show as it is in H2's script, which writes other characters as escapes. */
    private static final String NAME = "Li Shili";

    @OnEveryTestDatabase
    void aReportersPhone_isNowhereInTheDatabase_yetTheHandlerCanRevealIt(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            Receipt receipt = world.intake().submit(ReportingWorld.named(ReportingWorld.gasLeak("燃气表漏气 meter-B7"), NAME, PHONE));

            String dump = DatabaseDump.of(world.database().dsl());
            assertTrue(dump.contains("meter-B7"), "the dump holds the reports");
            assertFalse(dump.contains(PHONE), "the phone number is in the database");
            assertFalse(dump.contains(NAME), "the reporter's name is in the database");
            assertFalse(dump.contains(receipt.pin()) && dump.contains(receipt.trackingCode() + ":" + receipt.pin()));

            ReporterIdentity revealed = world.bean(SealedIdentities.class)
                    .reveal(world.actor("zz.gas"), receipt.hazardCase().id(), "需要联系举报人核实具体位置").orElseThrow();
            assertEquals(PHONE, revealed.phone());
            assertEquals(NAME, revealed.name());
            AuditEntry audit = world.bean(AuditLog.class).recent(world.admin(), 5).get(0);
            assertEquals(SealedIdentities.REVEALED, audit.action());
            assertEquals("zz.gas", audit.actor());
            assertEquals("需要联系举报人核实具体位置", audit.detail());
            assertFalse(audit.detail().contains(PHONE));
        }
    }

    @OnEveryTestDatabase
    void revealing_needsAReason_andAHandlerOfTheCasesDepartment(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = world.intake().submit(ReportingWorld.named(ReportingWorld.gasLeak("燃气表漏气"), NAME, PHONE))
                    .hazardCase().id();
            SealedIdentities identities = world.bean(SealedIdentities.class);

            assertEquals("reports.reveal.reasonRequired",
                    assertThrows(ValidationException.class, () -> identities.reveal(world.actor("zz.gas"), id, " "))
                            .messageKey());
            assertThrows(AccessDeniedException.class, () -> identities.reveal(world.actor("gp.gas"), id, "好奇"));
            assertTrue(identities.reveal(world.actor("zz.gas"), world.intake().submit(ReportingWorld.gasLeak("匿名"))
                    .hazardCase().id(), "核实").isEmpty(), "an anonymous report has no identity to reveal");
        }
    }

    @Test
    void theKeyFile_isCreatedOnce_andReadTheSameNextTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/reporting.key");

        ReportingKey first = ReportingKey.loadOrCreate(file);
        ReportingKey again = ReportingKey.loadOrCreate(file);

        assertTrue(Files.exists(file));
        assertEquals(first.id(), again.id());
        assertEquals(first.pinHash("A:1"), again.pinHash("A:1"));
        assertFalse(first.toString().contains(Files.readString(file).strip()));
    }

    @Test
    void anIdentitySealedForOneReport_doesNotOpenForAnother() {
        IdentitySeal seal = new IdentitySeal(ReportingKey.random());
        IdentitySeal.Sealed sealed = seal.seal(7, new ReporterIdentity(NAME, PHONE, "li@example.org"));

        assertEquals(PHONE, seal.open(7, sealed).phone());
        assertThrows(IllegalStateException.class, () -> seal.open(8, sealed));
        assertThrows(IllegalStateException.class, () -> new IdentitySeal(ReportingKey.random()).open(7, sealed));
    }
}
