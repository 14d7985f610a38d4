package org.safetyportal.content.education.quiz;

import java.util.Locale;
import java.util.Set;

/** The server's word on one answer: right or not, which options were right, and why. */
public record QuestionFeedback(int position, boolean correct, Set<String> rightOptionIds, Set<String> chosenOptionIds,
        String explanationZh, String explanationEn) {

    public QuestionFeedback {
        rightOptionIds = Set.copyOf(rightOptionIds);
        chosenOptionIds = Set.copyOf(chosenOptionIds);
    }

    public String explanation(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && explanationEn != null ? explanationEn : explanationZh;
    }
}
