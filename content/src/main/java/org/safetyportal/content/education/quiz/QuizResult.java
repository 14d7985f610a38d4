package org.safetyportal.content.education.quiz;

import java.util.List;

/** A submitted attempt: the score, whether it passed, and the review of every question with its feedback. */
public record QuizResult(String attemptKey, int score, int total, int passMark, boolean passed,
        List<PaperQuestion> questions, List<QuestionFeedback> review) {

    public QuizResult {
        questions = List.copyOf(questions);
        review = List.copyOf(review);
    }

    /** The score in whole percent, rounded down. */
    public int percent() {
        return total == 0 ? 0 : score * 100 / total;
    }
}
