package org.safetyportal.content.education.sessions;

import java.util.List;
import java.util.SortedMap;

/**
 * A session's results as they stand, for its educator: how many joined and submitted, how many got each
 * score, each question's correct rate among those who drew it, and every participant (staff only).
 */
public record SessionResults(GroupSession session, int joined, int submitted, SortedMap<Integer, Integer> scoreCounts,
        List<QuestionRate> questions, List<Participant> participants) {

    public SessionResults {
        questions = List.copyOf(questions);
        participants = List.copyOf(participants);
    }

    /** One bank question: its stem, how many submitted papers held it and how many of those got it right. */
    public record QuestionRate(int bankPosition, String stemZh, String stemEn, int answered, int correct) {

        public int percent() {
            return answered == 0 ? 0 : correct * 100 / answered;
        }
    }

    /** One participant: the display name given at joining and the score once submitted (null before). */
    public record Participant(String displayName, java.time.Instant joinedAt, Integer score, int total, Boolean passed) {
    }
}
