package org.safetyportal.reporting.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.cases.CaseActions;
import org.safetyportal.reporting.cases.CaseCommand;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.intake.IntakeSource;
import org.safetyportal.reporting.publiccases.PublicCase;
import org.safetyportal.reporting.publiccases.PublicCaseStep;
import org.safetyportal.reporting.publiccases.PublicCases;
import org.safetyportal.reporting.testing.ReportingWorld;

class CaseSupportsTest {

    private static final IntakeSource PHONE = new IntakeSource("192.0.2.10", "0123456789abcdef0123456789abcdef");
    private static final IntakeSource OTHER_PHONE = new IntakeSource("192.0.2.11", "fedcba9876543210fedcba9876543210");

    @OnEveryTestDatabase
    void aSupport_isAPublishedStep_countedOncePerDevice_andTheLedgerStaysIntact(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = world.intake().submit(ReportingWorld.gasLeak("燃气管道被占压")).hazardCase().id();
            PublicCases cases = world.bean(PublicCases.class);
            CaseSupports supports = world.bean(CaseSupports.class);
            String number = cases.search(null).get(0).number();

            assertTrue(supports.support(number, PHONE).counted());
            Support again = supports.support(number, PHONE);
            assertFalse(again.counted(), "the same device a second time");
            assertEquals(number, again.caseNumber());
            assertTrue(supports.support(number, OTHER_PHONE).counted());

            PublicCase published = cases.byNumber(number).orElseThrow();
            assertEquals(2, published.supports());
            assertEquals(2, supports.count(id));
            assertEquals(List.of("SUBMIT", CaseActions.SUPPORT, CaseActions.SUPPORT),
                    published.steps().stream().map(PublicCaseStep::action).toList());
            assertEquals("SUBMITTED", published.status(), "a support moves nothing");
            assertFalse(published.toString().contains(PHONE.device()));
            assertEquals(3, world.ledger().entries(0, 20).size(), "each support is in the ledger");
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void unknownClosedOrDevicelessSupports_areRefusedInWords(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = world.intake().submit(ReportingWorld.gasLeak("燃气味")).hazardCase().id();
            PublicCases cases = world.bean(PublicCases.class);
            CaseSupports supports = world.bean(CaseSupports.class);
            String number = cases.search(null).get(0).number();

            for (String unknown : new String[] {"2026-99999", "abc", "", null, "2026-00001' OR '1'='1"}) {
                assertEquals("support.case.unknown", assertThrows(ValidationException.class,
                        () -> supports.support(unknown, PHONE)).messageKey(), String.valueOf(unknown));
            }
            assertEquals("support.device.required", assertThrows(ValidationException.class,
                    () -> supports.support(number, new IntakeSource("192.0.2.10", null))).messageKey());

            world.bean(CaseWork.class).act(world.actor("zz.gas"), id,
                    CaseCommand.of("NOT_ACCEPT").withOutcome("DUPLICATE").withNote("与先前举报为同一隐患"));
            assertEquals("support.case.closed", assertThrows(ValidationException.class,
                    () -> supports.support(number, PHONE)).messageKey());
            assertEquals(0, supports.count(id));
            assertEquals(0, cases.byNumber(number).orElseThrow().supports());
        }
    }

    @OnEveryTestDatabase
    void supports_countAgainstTheDevicesReportLimits(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            for (int i = 1; i <= 6; i++) {
                world.intake().submit(ReportingWorld.gasLeak("第" + i + "处燃气味"));
            }
            PublicCases cases = world.bean(PublicCases.class);
            CaseSupports supports = world.bean(CaseSupports.class);
            List<String> numbers = cases.search(null).stream().map(PublicCase::number).toList();
            for (int i = 0; i < 5; i++) {
                assertTrue(supports.support(numbers.get(i), PHONE).counted());
            }

            ValidationException refused = assertThrows(ValidationException.class,
                    () -> supports.support(numbers.get(5), PHONE));
            assertEquals("report.limit.device.1", refused.messageKey());
            assertEquals(0, cases.byNumber(numbers.get(5)).orElseThrow().supports());
        }
    }
}
