package org.safetyportal.content.education.quiz;

import java.util.List;
import java.util.Locale;
import org.safetyportal.content.education.lessons.QuestionKind;

/** A question as the taker sees it: its place on the paper, kind, stem and options in the order drawn; no answer key, no explanation. */
public record PaperQuestion(int position, QuestionKind kind, String stemZh, String stemEn, List<PaperOption> options) {

    public PaperQuestion {
        options = List.copyOf(options);
    }

    public String stem(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && stemEn != null ? stemEn : stemZh;
    }

    public boolean manyAnswers() {
        return kind == QuestionKind.MULTIPLE;
    }
}
