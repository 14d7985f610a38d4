package org.safetyportal.content.education.lessons;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.LocalizedName;

/** A published edition of a lesson (the first is 1): what the public reads. Its question bank is apart ({@link LessonLibrary#bank}), for the quiz on the server. */
public record Lesson(int id, String code, int edition, LocalizedName title, LocalizedName summary, List<Audience> audiences,
        List<Topic> topics, int minutes, String bodyZh, String bodyEn, String publishedBy, Instant publishedAt,
        String contentHash) {

    public Lesson {
        audiences = List.copyOf(audiences);
        topics = List.copyOf(topics);
    }

    /** The Markdown body in the reader's language where it is written, else the Chinese. */
    public String body(Locale locale) {
        return Texts.in(locale, bodyZh, bodyEn);
    }

    public boolean hasEnglishBody() {
        return bodyEn != null;
    }

    public String ledgerSubject() {
        return LessonContentSource.PREFIX + id;
    }
}
