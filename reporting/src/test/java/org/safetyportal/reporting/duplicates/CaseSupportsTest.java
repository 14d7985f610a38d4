package org.safetyportal.reporting.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.cases.CaseActions;
import org.safetyportal.reporting.cases.CaseCommand;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.challenge.ChallengeAnswer;
import org.safetyportal.reporting.challenge.HumanCheck;
import org.safetyportal.reporting.challenge.HumanCheckRequired;
import org.safetyportal.reporting.intake.IntakeLimits;
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

            assertTrue(supports.support(number, PHONE, null).counted());
            Support again = supports.support(number, PHONE, null);
            assertFalse(again.counted(), "the same device a second time");
            assertEquals(number, again.caseNumber());
            assertTrue(supports.support(number, OTHER_PHONE, null).counted());

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
                        () -> supports.support(unknown, PHONE, null)).messageKey(), String.valueOf(unknown));
            }
            assertEquals("support.device.required", assertThrows(ValidationException.class,
                    () -> supports.support(number, new IntakeSource("192.0.2.10", null), null)).messageKey());

            world.bean(CaseWork.class).act(world.actor("zz.gas"), id,
                    CaseCommand.of("NOT_ACCEPT").withOutcome("DUPLICATE").withNote("与先前举报为同一隐患"));
            assertEquals("support.case.closed", assertThrows(ValidationException.class,
                    () -> supports.support(number, PHONE, null)).messageKey());
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
            HumanCheck check = world.bean(HumanCheck.class);
            for (int i = 0; i < 5; i++) {
                // From the fourth within the hour, the device is busy: each support then needs a check passed.
                ChallengeAnswer answer = i < IntakeLimits.HUMAN_CHECK_AFTER ? null : rightAnswer(check);
                assertTrue(supports.support(numbers.get(i), PHONE, answer).counted());
            }

            ValidationException refused = assertThrows(ValidationException.class,
                    () -> supports.support(numbers.get(5), PHONE, rightAnswer(check)));
            assertEquals("support.limit.device.1", refused.messageKey());
            assertEquals(0, cases.byNumber(numbers.get(5)).orElseThrow().supports());
        }
    }

    @OnEveryTestDatabase
    void aBusyDevice_isAskedTheHumanCheckForASupport_asForAReport(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            world.intake().submit(ReportingWorld.gasLeak("燃气管道被占压"));
            PublicCases cases = world.bean(PublicCases.class);
            CaseSupports supports = world.bean(CaseSupports.class);
            HumanCheck check = world.bean(HumanCheck.class);
            String number = cases.search(null).get(0).number();
            for (int i = 0; i < IntakeLimits.HUMAN_CHECK_AFTER; i++) {
                world.intake().submit(ReportingWorld.gasLeak("别处燃气味 " + i), PHONE, null, null, null);
            }

            ValidationException asked = assertThrows(HumanCheckRequired.class, () -> supports.support(number, PHONE, null));
            assertEquals("support.challenge.required", asked.messageKey());
            HumanCheck.Question question = check.question();
            ValidationException wrong = assertThrows(HumanCheckRequired.class,
                    () -> supports.support(number, PHONE, new ChallengeAnswer(question.token(), "1")));
            assertEquals("support.challenge.wrong", wrong.messageKey());
            assertEquals(0, cases.byNumber(number).orElseThrow().supports(), "no support before the check passes");

            ChallengeAnswer right = rightAnswer(check);
            assertTrue(supports.support(number, PHONE, right).counted());
            assertEquals(1, cases.byNumber(number).orElseThrow().supports());
            assertFalse(supports.support(number, PHONE, null).counted(), "the device already supports it: asked nothing");

            // One check passed sends one support: the same answer again is a used check.
            String other = cases.search(null).stream().map(PublicCase::number).filter(n -> !n.equals(number))
                    .findFirst().orElseThrow();
            assertEquals("support.challenge.wrong", assertThrows(HumanCheckRequired.class,
                    () -> supports.support(other, PHONE, right)).messageKey());

            world.clock().advance(Duration.ofMinutes(61));
            assertTrue(supports.support(other, PHONE, null).counted(), "an hour later the device is calm again");
            assertTrue(supports.support(other, OTHER_PHONE, null).counted(), "another device, another network: asked nothing");
        }
    }

    private static ChallengeAnswer rightAnswer(HumanCheck check) {
        HumanCheck.Question question = check.question();
        return new ChallengeAnswer(question.token(), Integer.toString(question.first() + question.second()));
    }
}
