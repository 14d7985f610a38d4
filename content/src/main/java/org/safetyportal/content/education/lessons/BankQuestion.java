package org.safetyportal.content.education.lessons;

import java.util.ArrayList;
import java.util.Comparator;
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

    /** True before false, as a paper prints them, whichever order the bank lists them in. */
    public List<BankOption> trueBeforeFalse() {
        List<BankOption> ordered = new ArrayList<>(options);
        ordered.sort(Comparator.comparing(o -> !QuestionBankParser.TRUE_WORD.equals(o.textZh())));
        return ordered;
    }

    public String explanation(Locale locale) {
        return Texts.in(locale, explanationZh, explanationEn);
    }
}
