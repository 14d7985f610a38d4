package org.safetyportal.content.education.lessons;

import java.util.List;

/**
 * A lesson as its editor writes it: the code, the texts in both languages (English optional), the codes of
 * its audiences and topics, the minutes it takes, the Markdown bodies and the question bank as text in the
 * format of the seed's banks ({@code seed/education/questions/*.txt}).
 */
public record LessonDraftText(String code, String titleZh, String titleEn, String summaryZh, String summaryEn,
        List<String> audiences, List<String> topics, int minutes, String bodyZh, String bodyEn, String bank) {

    public LessonDraftText {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** The same text under another code. */
    public LessonDraftText withCode(String otherCode) {
        return new LessonDraftText(otherCode, titleZh, titleEn, summaryZh, summaryEn, audiences, topics, minutes,
                bodyZh, bodyEn, bank);
    }
}
