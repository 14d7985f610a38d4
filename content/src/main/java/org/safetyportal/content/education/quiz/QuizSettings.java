package org.safetyportal.content.education.quiz;

import java.time.Duration;
import org.safetyportal.content.ValidationException;

/**
 * How a quiz is run: how many questions are drawn from the bank, the time limit (null: none), how many
 * attempts one taker has (0: no limit), when feedback comes, and the pass mark in percent.
 */
public record QuizSettings(int questionCount, Duration timeLimit, int attemptLimit, Feedback feedback, int passMark) {

    public static final int MAX_QUESTIONS = 50;
    public static final Duration MAX_TIME = Duration.ofHours(3);

    /** The self-study quiz on a lesson's page: ten questions (or the whole bank if smaller), twenty minutes, three attempts, feedback at once, 60 % to pass. */
    public static QuizSettings selfStudy(int bankSize) {
        return new QuizSettings(Math.min(10, bankSize), Duration.ofMinutes(20), 3, Feedback.IMMEDIATE, 60);
    }

    /** Refuses settings that cannot be run on a bank of this size, in words. */
    public QuizSettings checkedFor(int bankSize) {
        if (questionCount < 1 || questionCount > Math.min(MAX_QUESTIONS, bankSize)) {
            throw new ValidationException("quiz.settings.questionCount", Math.min(MAX_QUESTIONS, bankSize));
        }
        if (timeLimit != null && (timeLimit.compareTo(Duration.ofMinutes(1)) < 0 || timeLimit.compareTo(MAX_TIME) > 0)) {
            throw new ValidationException("quiz.settings.timeLimit", MAX_TIME.toMinutes());
        }
        if (attemptLimit < 0 || attemptLimit > 20) {
            throw new ValidationException("quiz.settings.attemptLimit");
        }
        if (feedback == null) {
            throw new ValidationException("quiz.settings.feedback");
        }
        if (passMark < 0 || passMark > 100) {
            throw new ValidationException("quiz.settings.passMark");
        }
        return this;
    }
}
