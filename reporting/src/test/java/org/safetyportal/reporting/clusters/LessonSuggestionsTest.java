package org.safetyportal.reporting.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.safetyportal.content.education.lessons.LessonPublishing;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.testing.ReportingWorld;

/** Three public gas reports in Zezhou within a month suggest the gas lessons to Zezhou's schools; two fires suggest nothing. */
class LessonSuggestionsTest {

    @OnEveryTestDatabase
    void aClusterOfPublicReports_suggestsTheLessonsOnItsTopics_toItsCountyOnly_forAMonth(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            world.bean(LessonPublishing.class).publishMissing();
            OrganizationDirectory organization = world.bean(OrganizationDirectory.class);
            int zezhou = organization.area("ZZ").orElseThrow().id();
            int gaoping = organization.area("GP").orElseThrow().id();
            for (int i = 0; i < LessonSuggestions.MIN_CASES; i++) {
                world.intake().submit(ReportingWorld.gasLeak("燃气味 " + i));
            }
            for (int i = 0; i < LessonSuggestions.MIN_CASES - 1; i++) {
                NewReport gas = ReportingWorld.gasLeak("消防通道堵塞 " + i);
                world.intake().submit(new NewReport("FIRE", gas.areaCode(), gas.townshipCode(), gas.address(), null, null,
                        null, null, gas.description(), null, false));
            }
            LessonSuggestions suggestions = world.bean(LessonSuggestions.class);

            List<ReportCluster> zz = suggestions.forCounty(zezhou);
            assertEquals(List.of("GAS"), zz.stream().map(c -> c.sector().code()).toList(), "two fire reports are no cluster");
            assertEquals(LessonSuggestions.MIN_CASES, zz.get(0).cases());
            assertFalse(zz.get(0).lessons().isEmpty());
            zz.get(0).lessons().forEach(lesson -> assertTrue(lesson.topics().stream()
                    .anyMatch(t -> Set.of("GAS", "CARBON_MONOXIDE").contains(t.code())), lesson.code()));
            assertTrue(suggestions.forCounty(gaoping).isEmpty(), "another county's schools are not told");
            assertTrue(suggestions.forCounty(-1).isEmpty());

            world.clock().advance(LessonSuggestions.WINDOW.plus(Duration.ofDays(1)));
            assertTrue(suggestions.forCounty(zezhou).isEmpty(), "a month later the cluster is over");
        }
    }

    @OnEveryTestDatabase
    void everySectorTheSeedNames_isASectorOfTheReferenceData(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            Set<String> sectors = world.bean(OrganizationDirectory.class).sectors().stream().map(Sector::code)
                    .collect(Collectors.toSet());
            world.bean(SectorTopics.class).sectorCodes().forEach(code -> assertTrue(sectors.contains(code), code));
        }
    }
}
