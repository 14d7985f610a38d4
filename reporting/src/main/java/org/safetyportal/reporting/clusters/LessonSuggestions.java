package org.safetyportal.reporting.clusters;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.lessons.Topic;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.reporting.publiccases.PublicCase;
import org.safetyportal.reporting.publiccases.PublicCaseFilter;
import org.safetyportal.reporting.publiccases.PublicCases;

/**
 * When citizens' reports of one sector cluster in a county, the lessons that answer them are suggested to
 * that county's schools and communities: {@link #MIN_CASES} or more published reports of the sector received
 * in the county within {@link #WINDOW}. Counted from the public register only (what anyone can see at
 * {@code /cases}), so a suggestion never tells a session leader more than the public knows.
 */
@Singleton
public class LessonSuggestions {

    public static final int MIN_CASES = 3;
    public static final Duration WINDOW = Duration.ofDays(30);

    private final PublicCases cases;
    private final LessonLibrary lessons;
    private final SectorTopics topics;
    private final OrganizationDirectory organization;
    private final CityClock clock;

    LessonSuggestions(PublicCases cases, LessonLibrary lessons, SectorTopics topics, OrganizationDirectory organization,
            CityClock clock) {
        this.cases = cases;
        this.lessons = lessons;
        this.topics = topics;
        this.organization = organization;
        this.clock = clock;
    }

    /** The clusters of the county (by area id, as an organisation names it), the largest first; only those with lessons to suggest. */
    public List<ReportCluster> forCounty(int areaId) {
        Area county = organization.area(areaId).orElse(null);
        if (county == null) {
            return List.of();
        }
        Instant since = clock.now().minus(WINDOW);
        Map<Sector, Integer> counts = new LinkedHashMap<>();
        for (PublicCase c : cases.search(new PublicCaseFilter(county.code(), null, null, null))) {
            if (c.receivedAt().isAfter(since)) {
                counts.merge(c.sector(), 1, Integer::sum);
            }
        }
        List<ReportCluster> clusters = new ArrayList<>();
        counts.forEach((sector, count) -> {
            if (count >= MIN_CASES) {
                List<Lesson> answering = lessonsOn(topics.of(sector.code()));
                if (!answering.isEmpty()) {
                    clusters.add(new ReportCluster(county, sector, count, answering));
                }
            }
        });
        clusters.sort(Comparator.comparingInt(ReportCluster::cases).reversed());
        return clusters;
    }

    private List<Lesson> lessonsOn(List<Topic> wanted) {
        Set<Lesson> found = new LinkedHashSet<>();
        for (Topic topic : wanted) {
            found.addAll(lessons.onTopic(topic));
        }
        return List.copyOf(found);
    }
}
