package org.safetyportal.content.education.lessons;

import java.util.List;
import java.util.Locale;

/**
 * One question of a lesson's bank as published: its kind, its category and tags within the bank, the
 * stem, the options (which say which are right) and the explanation shown with the feedback.
 */
public record BankQuestion(int position, QuestionKind kind, String category, List<String> tags, String stemZh,
        String stemEn, List<BankOption> options, String explanationZh, String explanationEn) {

    public BankQuestion {
        tags = List.copyOf(tags);
        options = List.copyOf(options);
    }

    public String stem(Locale locale) {
        return Texts.in(locale, stemZh, stemEn);
    }

    public String explanation(Locale locale) {
        return Texts.in(locale, explanationZh, explanationEn);
    }
}
