package org.safetyportal.reporting.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.reporting.internal.jooq.Tables.HAZARD_CASE_EVENT;
import static org.safetyportal.reporting.internal.jooq.Tables.HAZARD_REPORT;

import org.jooq.DSLContext;
import org.safetyportal.content.ledger.LedgerVerification;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.testing.ReportingWorld;

/**
 * What the public sees of a case is its published steps: a step's public note, status or department changed in
 * the database behind the ledger's back, or the case moved to another sector, is named by the ledger's verification.
 */
class CaseEventTamperingTest {

    @OnEveryTestDatabase
    void aPublishedStepChangedInTheDatabase_isNamedByTheLedgersVerification(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = world.intake().submit(ReportingWorld.gasLeak("燃气味")).hazardCase().id();
            world.bean(CaseWork.class).act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT").withNote("已受理，将派人核查"));
            DSLContext dsl = world.world().database().dsl();
            assertTrue(world.ledger().verify().intact());
            int accepted = dsl.select(HAZARD_CASE_EVENT.ID).from(HAZARD_CASE_EVENT).where(HAZARD_CASE_EVENT.REPORT_ID.eq(id))
                    .and(HAZARD_CASE_EVENT.ACTION.eq("ACCEPT")).fetchSingle(HAZARD_CASE_EVENT.ID);

            dsl.update(HAZARD_CASE_EVENT).set(HAZARD_CASE_EVENT.PUBLIC_NOTE, "已整改完毕（篡改）")
                    .where(HAZARD_CASE_EVENT.ID.eq(accepted)).execute();
            assertTampered(world, "hazard-case-event:" + accepted);
            dsl.update(HAZARD_CASE_EVENT).set(HAZARD_CASE_EVENT.PUBLIC_NOTE, "已受理，将派人核查")
                    .where(HAZARD_CASE_EVENT.ID.eq(accepted)).execute();
            assertTrue(world.ledger().verify().intact(), "put back, it verifies again");

            dsl.update(HAZARD_CASE_EVENT).set(HAZARD_CASE_EVENT.STATUS_AFTER, "CLOSED")
                    .where(HAZARD_CASE_EVENT.ID.eq(accepted)).execute();
            assertTampered(world, "hazard-case-event:" + accepted);
            dsl.update(HAZARD_CASE_EVENT).set(HAZARD_CASE_EVENT.STATUS_AFTER, "ACCEPTED")
                    .where(HAZARD_CASE_EVENT.ID.eq(accepted)).execute();

            dsl.update(HAZARD_REPORT).set(HAZARD_REPORT.SECTOR_CODE, "FIRE").where(HAZARD_REPORT.ID.eq(id)).execute();
            LedgerVerification moved = world.ledger().verify();
            assertFalse(moved.intact(), "a case moved to another sector changes every step's content");
            assertTrue(moved.subject().startsWith("hazard-case-event:"), moved.toString());
        }
    }

    private static void assertTampered(ReportingWorld world, String subject) {
        LedgerVerification verification = world.ledger().verify();
        assertFalse(verification.intact());
        assertEquals(subject, verification.subject(), verification.toString());
        assertEquals(LedgerVerification.Problem.CONTENT_CHANGED, verification.problem(), verification.toString());
    }
}
