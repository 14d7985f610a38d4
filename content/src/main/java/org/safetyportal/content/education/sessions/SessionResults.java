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

    /** How many of the group in the room (not through the family link) joined. */
    public int groupJoined() {
        return (int) participants.stream().filter(p -> !p.family()).count();
    }

    public int groupSubmitted() {
        return (int) participants.stream().filter(p -> !p.family() && p.score() != null).count();
    }

    /** How many joined through the 进家庭 link, at home. */
    public int familiesJoined() {
        return (int) participants.stream().filter(Participant::family).count();
    }

    public int familiesSubmitted() {
        return (int) participants.stream().filter(p -> p.family() && p.score() != null).count();
    }

    /**
     * One participant: the display name given at joining, whether they joined through the family link, and the
     * score once submitted (null before).
     */
    public record Participant(String displayName, java.time.Instant joinedAt, boolean family, Integer score, int total,
            Boolean passed) {
    }
}
