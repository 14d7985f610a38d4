package org.safetyportal.content.education.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts sessions and participants into cells and suppresses the small ones. A participant who joined through a
 * session's 进家庭 link counts under the family audience, whatever the session's own audience; the session counts
 * under its own. Suppression is primary (fewer than {@value #SMALLEST_SHOWN} participants) and then secondary:
 * when exactly one cell of a dimension is suppressed, the next smallest is suppressed too, so that no suppressed
 * count can be had by taking the shown ones from the total.
 */
final class CampaignFigureTally {

    static final int SMALLEST_SHOWN = 5;
    static final String FAMILY = "FAMILY";

    /** One session of the campaign's days: where (county area code) and for whom (audience code). */
    record SessionRow(int sessionId, String county, String audience) {
    }

    /** One participant: their session, whether they came through the family link, whether submitted and passed. */
    record ParticipantRow(int sessionId, boolean family, boolean submitted, boolean passed) {
    }

    private static final class Count {
        int sessions;
        int participants;
        int submitted;
        int passed;
    }

    private CampaignFigureTally() {
    }

    /** The cells: the total, then every county and every audience given (in that order), suppressed. */
    static List<FigureCell> cells(List<SessionRow> sessions, List<ParticipantRow> participants, List<String> counties,
            List<String> audiences) {
        Count total = new Count();
        Map<String, Count> byCounty = new LinkedHashMap<>();
        counties.forEach(c -> byCounty.put(c, new Count()));
        Map<String, Count> byAudience = new LinkedHashMap<>();
        audiences.forEach(a -> byAudience.put(a, new Count()));
        Map<Integer, SessionRow> sessionById = new LinkedHashMap<>();
        for (SessionRow s : sessions) {
            sessionById.put(s.sessionId(), s);
            total.sessions++;
            byCounty.computeIfAbsent(s.county(), k -> new Count()).sessions++;
            byAudience.computeIfAbsent(s.audience(), k -> new Count()).sessions++;
        }
        for (ParticipantRow p : participants) {
            SessionRow s = sessionById.get(p.sessionId());
            if (s == null) {
                continue;
            }
            add(total, p);
            add(byCounty.computeIfAbsent(s.county(), k -> new Count()), p);
            add(byAudience.computeIfAbsent(p.family() ? FAMILY : s.audience(), k -> new Count()), p);
        }
        List<FigureCell> cells = new ArrayList<>();
        cells.add(cell(FigureCell.Dimension.TOTAL, FigureCell.ALL, total, false));
        cells.addAll(dimension(FigureCell.Dimension.COUNTY, byCounty));
        cells.addAll(dimension(FigureCell.Dimension.AUDIENCE, byAudience));
        return cells;
    }

    private static void add(Count count, ParticipantRow p) {
        count.participants++;
        if (p.submitted()) {
            count.submitted++;
        }
        if (p.passed()) {
            count.passed++;
        }
    }

    private static List<FigureCell> dimension(FigureCell.Dimension dimension, Map<String, Count> counts) {
        List<String> small = counts.entrySet().stream().filter(e -> e.getValue().participants < SMALLEST_SHOWN)
                .map(Map.Entry::getKey).toList();
        String alsoHidden = null;
        if (small.size() == 1) {
            alsoHidden = counts.entrySet().stream().filter(e -> !small.contains(e.getKey()))
                    .min(Comparator.comparingInt(e -> e.getValue().participants)).map(Map.Entry::getKey).orElse(null);
        }
        List<FigureCell> cells = new ArrayList<>();
        for (Map.Entry<String, Count> e : counts.entrySet()) {
            boolean hidden = small.contains(e.getKey()) || e.getKey().equals(alsoHidden);
            cells.add(cell(dimension, e.getKey(), e.getValue(), hidden));
        }
        return cells;
    }

    private static FigureCell cell(FigureCell.Dimension dimension, String key, Count count, boolean hidden) {
        if (hidden || count.participants < SMALLEST_SHOWN) {
            return new FigureCell(dimension, key, count.sessions, null, null);
        }
        Integer rate = count.submitted < SMALLEST_SHOWN ? null : count.passed * 100 / count.submitted;
        return new FigureCell(dimension, key, count.sessions, count.participants, rate);
    }
}
