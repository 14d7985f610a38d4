package org.safetyportal.content.education.lessons;

import java.util.List;
import org.safetyportal.content.LocalizedName;

/** A lesson as its seed files give it, checked: front matter, the Markdown bodies and the bank. */
record LessonSource(String code, LocalizedName title, LocalizedName summary, List<Audience> audiences,
        List<Topic> topics, int minutes, String bodyZh, String bodyEn, List<BankQuestion> questions) {

    LessonSource {
        audiences = List.copyOf(audiences);
        topics = List.copyOf(topics);
        questions = List.copyOf(questions);
    }
}
