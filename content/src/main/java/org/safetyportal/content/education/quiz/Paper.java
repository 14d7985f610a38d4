package org.safetyportal.content.education.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An attempt as its taker may see it while taking it: the questions drawn, the time allowed, which are answered. */
public record Paper(String attemptKey, String lessonCode, QuizSettings settings, Instant startedAt, Instant deadline,
        List<PaperQuestion> questions, Set<Integer> answered, boolean submitted) {

    public Paper {
        questions = List.copyOf(questions);
        answered = Set.copyOf(answered);
    }
}
