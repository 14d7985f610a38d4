package org.safetyportal.content.education.print;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.ledger.PerHeadCache;
import org.safetyportal.content.ledger.PublicationHead;

/**
 * The printable PDF of each published lesson, written once per ledger head, language and portal address
 * and then served from memory (about 0.1 s and 100–200 KB each). Nothing for a lesson that is not published.
 */
@Singleton
public class LessonPrints {

    /** Lessons × two languages, with room for a second address the portal is reached by. */
    static final int KEPT = 80;

    private final LessonLibrary library;
    private final CityClock clock;
    private final PerHeadCache<PrintKey, byte[]> prints;

    LessonPrints(LessonLibrary library, CityClock clock, PublicationHead head) {
        this.library = library;
        this.clock = clock;
        this.prints = new PerHeadCache<>(head, KEPT);
    }

    /** The address under which the portal shows a lesson, relative to the portal's base address. */
    public static String path(String code) {
        return "/education/lessons/" + code;
    }

    /** The lesson's PDF in this language; {@code base} is the portal's address as the reader reached it. */
    public Optional<byte[]> pdf(String code, Locale locale, String base) {
        Optional<Lesson> lesson = library.lesson(code);
        if (lesson.isEmpty()) {
            return Optional.empty();
        }
        String language = "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
        return Optional.of(prints.get(new PrintKey(code, language, base), key -> {
            Lesson l = library.lesson(key.code()).orElseThrow();
            return LessonPdf.write(l, Locale.forLanguageTag(key.language()), key.base() + path(l.code()),
                    clock.dateOf(l.publishedAt()).format(LessonPdf.DATE), library.imagesOf(l));
        }));
    }

    private record PrintKey(String code, String language, String base) {
    }
}
