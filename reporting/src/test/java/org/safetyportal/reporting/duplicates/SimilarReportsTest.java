package org.safetyportal.reporting.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.cases.CaseCommand;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.testing.ReportingWorld;

class SimilarReportsTest {

    private static final String DRAFT = "示例街燃气管道被货车占压，闻到燃气味";

    @OnEveryTestDatabase
    void openCasesOfTheSameCountyAndSector_alikeInTheirPublishedWords_areOffered_bestFirst(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            CaseWork work = world.bean(CaseWork.class);
            int alike = world.intake().submit(ReportingWorld.gasLeak("我家楼下燃气味很重")).hazardCase().id();
            work.act(world.actor("zz.gas"), alike, CaseCommand.of("NOTE").withNote("南村镇示例街燃气管道被货车占压")
                    .withInternalNote("报告人称闻到燃气味"));
            int closer = world.intake().submit(ReportingWorld.gasLeak("燃气")).hazardCase().id();
            work.act(world.actor("zz.gas"), closer, CaseCommand.of("ACCEPT").withNote("示例街燃气管道被货车占压，有燃气味"));
            int unlike = world.intake().submit(ReportingWorld.gasLeak("燃气")).hazardCase().id();
            work.act(world.actor("zz.gas"), unlike, CaseCommand.of("ACCEPT").withNote("已受理，安排人员核查"));
            world.intake().submit(ReportingWorld.gasLeak(DRAFT));
            NewReport fireGaoping = new NewReport("FIRE", "GP", null, "示例商场", null, null, null, null, DRAFT, null, false);
            world.intake().submit(fireGaoping);
            SimilarReports similar = world.bean(SimilarReports.class);

            List<SimilarCase> offered = similar.to(new Draft("ZZ", "ZZ-NANCUN", "GAS", DRAFT));

            assertEquals(List.of(closer, alike), offered.stream().map(s -> s.hazardCase().caseId()).toList(),
                    "unlike words, and a description never published, are not offered");
            assertTrue(offered.get(0).similarity() >= offered.get(1).similarity());
            assertTrue(offered.stream().allMatch(s -> s.similarity() >= SimilarReports.THRESHOLD));
            assertTrue(similar.to(new Draft("GP", null, "GAS", DRAFT)).isEmpty(), "another county");
            assertTrue(similar.to(new Draft("ZZ", null, "FIRE", DRAFT)).isEmpty(), "another sector");
            assertTrue(similar.to(new Draft("ZZ", null, "GAS", "消防通道被杂物堵死")).isEmpty(), "other words");
            assertTrue(similar.to(new Draft("ZZ", null, "GAS", " ")).isEmpty());
            assertTrue(similar.to(new Draft(null, null, null, DRAFT)).isEmpty());
        }
    }

    @OnEveryTestDatabase
    void closedCases_andCasesOlderThanThirtyDays_areNotOffered(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            CaseWork work = world.bean(CaseWork.class);
            int closed = world.intake().submit(ReportingWorld.gasLeak("燃气")).hazardCase().id();
            work.act(world.actor("zz.gas"), closed, CaseCommand.of("NOT_ACCEPT").withOutcome("DUPLICATE")
                    .withNote("示例街燃气管道被货车占压"));
            int old = world.intake().submit(ReportingWorld.gasLeak("燃气")).hazardCase().id();
            work.act(world.actor("zz.gas"), old, CaseCommand.of("ACCEPT").withNote("示例街燃气管道被货车占压"));
            SimilarReports similar = world.bean(SimilarReports.class);
            Draft draft = new Draft("ZZ", null, "GAS", DRAFT);
            assertEquals(List.of(old), similar.to(draft).stream().map(s -> s.hazardCase().caseId()).toList());

            world.clock().advance(SimilarReports.RECENT.plus(Duration.ofHours(1)));

            assertTrue(similar.to(draft).isEmpty());
        }
    }
}
