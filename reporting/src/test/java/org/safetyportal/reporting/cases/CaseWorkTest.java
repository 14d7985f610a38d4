package org.safetyportal.reporting.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.AccountDisabledException;
import org.safetyportal.content.FourEyesViolation;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.testing.ReportingWorld;
import org.safetyportal.reporting.tracking.ReportTracking;
import org.safetyportal.reporting.tracking.TrackedCase;
import org.safetyportal.reporting.intake.Receipt;

class CaseWorkTest {

    private static final LocalDate IN_A_MONTH = LocalDate.of(2026, 4, 2);

    @OnEveryTestDatabase
    void theRoutedHandler_acceptsAndRectifies_aColleagueVerifies_andTheReporterSeesItClosed(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            Receipt receipt = world.intake().submit(ReportingWorld.gasLeak("燃气管道被占压"));
            int id = receipt.hazardCase().id();
            CaseWork work = world.bean(CaseWork.class);

            assertEquals(List.of(id), work.queue(world.actor("zz.gas"), CaseFilter.any()).stream().map(HazardCase::id).toList());
            assertTrue(work.queue(world.actor("gp.gas"), CaseFilter.any()).isEmpty());
            work.act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT").withNote("已受理，将派人核查"));
            work.act(world.actor("zz.gas"), id, CaseCommand.of("INVESTIGATE").withInternalNote("联系示例燃气公司"));
            work.act(world.actor("zz.gas"), id, CaseCommand.of("ORDER_RECTIFICATION").withDeadline(IN_A_MONTH)
                    .withNote("责令移除占压货物"));
            work.act(world.actor("zz.gas"), id, CaseCommand.of("REQUEST_VERIFICATION").withOutcome("RECTIFIED"));
            assertThrows(FourEyesViolation.class,
                    () -> work.act(world.actor("zz.gas"), id, CaseCommand.of("VERIFY_CLOSE")));
            HazardCase closed = work.act(world.actor("zz.gas2"), id, CaseCommand.of("VERIFY_CLOSE").withNote("复查已整改"));

            assertEquals("CLOSED", closed.status());
            assertEquals("RECTIFIED", closed.outcome());
            TrackedCase tracked = world.bean(ReportTracking.class).track(receipt.trackingCode(), receipt.pin(), "192.0.2.1");
            assertEquals("CLOSED", tracked.status());
            assertEquals(List.of("SUBMIT", "ACCEPT", "INVESTIGATE", "ORDER_RECTIFICATION", "REQUEST_VERIFICATION",
                    "VERIFY_CLOSE"), tracked.steps().stream().map(s -> s.action()).toList());
            assertTrue(tracked.steps().stream().noneMatch(s -> "联系示例燃气公司".equals(s.publicNote())));
            List<LedgerEntry> entries = world.ledger().entries(0, 20);
            assertEquals(6, entries.size(), "every public step is in the ledger");
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void actionsOutsideTheTable_orWithoutWhatTheyNeed_areRefusedInWords(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = world.intake().submit(ReportingWorld.gasLeak("燃气味")).hazardCase().id();
            CaseWork work = world.bean(CaseWork.class);

            assertEquals("cases.action.notAllowed", assertThrows(ValidationException.class,
                    () -> work.act(world.actor("zz.gas"), id, CaseCommand.of("VERIFY_CLOSE"))).messageKey());
            assertEquals("cases.outcome.required", assertThrows(ValidationException.class,
                    () -> work.act(world.actor("zz.gas"), id, CaseCommand.of("NOT_ACCEPT").withNote("重复"))).messageKey());
            assertEquals("cases.reason.required", assertThrows(ValidationException.class,
                    () -> work.act(world.actor("zz.gas"), id, CaseCommand.of("NOT_ACCEPT").withOutcome("DUPLICATE")))
                    .messageKey());
            assertThrows(AccessDeniedException.class,
                    () -> work.act(world.actor("gp.gas"), id, CaseCommand.of("ACCEPT")));
            HazardCase refused = work.act(world.actor("zz.gas"), id,
                    CaseCommand.of("NOT_ACCEPT").withOutcome("DUPLICATE").withNote("与先前举报为同一隐患"));
            assertEquals("NOT_ACCEPTED", refused.status());
            HazardCase reopened = work.act(world.actor("zz.gas"), id, CaseCommand.of("REOPEN").withNote("并非同一处"));
            assertEquals("SUBMITTED", reopened.status());
            assertNull(reopened.outcome());
        }
    }

    @OnEveryTestDatabase
    void aTransfer_movesTheCaseToTheNamedDepartment_withItsReason(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = world.intake().submit(ReportingWorld.gasLeak("燃气味")).hazardCase().id();
            CaseWork work = world.bean(CaseWork.class);

            assertEquals("cases.department.same", assertThrows(ValidationException.class, () -> work.act(
                    world.actor("zz.gas"), id, CaseCommand.of("TRANSFER").withNote("转").toDepartment("ZZ-URBAN_MANAGEMENT")))
                    .messageKey());
            HazardCase moved = work.act(world.actor("zz.gas"), id,
                    CaseCommand.of("TRANSFER").withNote("属市场监管的特种设备").toDepartment("ZZ-MARKET_REGULATION"));

            assertEquals("ZZ-MARKET_REGULATION", moved.department().code());
            assertEquals("SUBMITTED", moved.status());
            assertTrue(work.queue(world.actor("zz.gas"), CaseFilter.any()).isEmpty());
            assertThrows(AccessDeniedException.class, () -> work.act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT")));
        }
    }

    @OnEveryTestDatabase
    void aRefusal_goesToTheAreasSafetyCommitteeOffice_whichDecides(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            world.world().staff("zz.committee", new RoleGrant("CASE_HANDLER", world.department("SAFETY_COMMITTEE", "ZZ"), null))
                    .staff("gp.committee", new RoleGrant("CASE_HANDLER", world.department("SAFETY_COMMITTEE", "GP"), null));
            int id = world.intake().submit(ReportingWorld.gasLeak("燃气味")).hazardCase().id();
            CaseWork work = world.bean(CaseWork.class);

            work.act(world.actor("zz.gas"), id, CaseCommand.of("REFUSE").withNote("该处为工业燃气，不属本局"));
            assertTrue(work.queue(world.actor("gp.committee"), CaseFilter.any()).isEmpty());
            assertEquals(1, work.queue(world.actor("zz.committee"), CaseFilter.any()).size());
            assertThrows(AccessDeniedException.class, () -> work.act(world.actor("zz.gas"), id,
                    CaseCommand.of("DECIDE_DISPUTE").withNote("自己定").toDepartment("ZZ-EMERGENCY")));
            assertTrue(work.details(world.actor("zz.committee"), id).committeeMayDecide());

            HazardCase decided = work.act(world.actor("zz.committee"), id,
                    CaseCommand.of("DECIDE_DISPUTE").withNote("经协调，由城市管理局办理").toDepartment("ZZ-URBAN_MANAGEMENT"));

            assertEquals("SUBMITTED", decided.status());
            assertEquals("ZZ-URBAN_MANAGEMENT", decided.department().code());
            assertFalse(work.details(world.actor("zz.gas"), id).committeeMayDecide());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void rightsCount_atTheMomentOfTheAction(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = world.intake().submit(ReportingWorld.gasLeak("燃气味")).hazardCase().id();
            CaseWork work = world.bean(CaseWork.class);
            var handler = world.actor("zz.gas");

            world.disable("zz.gas");

            assertThrows(AccountDisabledException.class, () -> work.act(handler, id, CaseCommand.of("ACCEPT")));
        }
    }
}
