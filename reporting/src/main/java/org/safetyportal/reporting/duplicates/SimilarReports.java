package org.safetyportal.reporting.duplicates;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.reporting.publiccases.PublicCase;
import org.safetyportal.reporting.publiccases.PublicCaseFilter;
import org.safetyportal.reporting.publiccases.PublicCases;

/**
 * The open cases a visitor's report may repeat, offered before it is saved: same county and sector,
 * received within {@link #RECENT}, and whose words as published are alike ({@link TextSimilarity} at
 * least {@link #THRESHOLD}); the most alike first, then those of the same township, then the newest.
 *
 * <p>Only what the ledger published is compared and shown (the register read per head,
 * {@link PublicCases}): a report's own description is not public, and comparing against it would let
 * anyone probe what others wrote. A case no one has yet described in a public note is therefore not offered.
 */
@Singleton
public class SimilarReports {

    public static final double THRESHOLD = 0.25;
    public static final Duration RECENT = Duration.ofDays(30);
    public static final int MOST = 3;

    private final PublicCases cases;
    private final CityClock clock;

    SimilarReports(PublicCases cases, CityClock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** At most {@link #MOST} cases, best first; none for a draft without county, sector or words. */
    public List<SimilarCase> to(Draft draft) {
        if (draft == null || blank(draft.areaCode()) || blank(draft.sectorCode()) || blank(draft.description())) {
            return List.of();
        }
        Instant since = clock.now().minus(RECENT);
        Comparator<SimilarCase> best = Comparator.comparingDouble(SimilarCase::similarity).reversed()
                .thenComparing(s -> !sameTownship(draft, s.hazardCase()))
                .thenComparing(s -> s.hazardCase().receivedAt(), Comparator.reverseOrder());
        return cases.search(new PublicCaseFilter(draft.areaCode().strip(), draft.sectorCode().strip(), null, null)).stream()
                .filter(PublicCase::open)
                .filter(c -> !c.receivedAt().isBefore(since))
                .map(c -> new SimilarCase(c, TextSimilarity.of(draft.description(), c.publicSummary())))
                .filter(s -> s.similarity() >= THRESHOLD)
                .sorted(best)
                .limit(MOST)
                .toList();
    }

    private static boolean sameTownship(Draft draft, PublicCase c) {
        return c.township() != null && Objects.equals(c.township().code(), draft.townshipCode());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
