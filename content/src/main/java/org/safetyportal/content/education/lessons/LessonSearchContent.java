package org.safetyportal.content.education.lessons;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;
import org.safetyportal.content.search.SearchDocument;
import org.safetyportal.content.search.SearchKind;
import org.safetyportal.content.search.SearchableContent;
import org.safetyportal.i18n.Translatable;

/** Every published lesson, found by its title, summary, topics, audiences and body, in Chinese or English. */
@Singleton
class LessonSearchContent implements SearchableContent {

    static final SearchKind KIND = new SearchKind("LESSON", 60, "/education/lessons/");

    private final LessonLibrary library;

    LessonSearchContent(LessonLibrary library) {
        this.library = library;
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    /** The Chinese text is shown in snippets; the English text and the topics' names find a lesson without being shown. */
    @Override
    public List<SearchDocument> documents() {
        return library.lessons().stream().map(l -> new SearchDocument(KIND, l.code(), null,
                        new Translatable("education.search.category"), l.code(), l.title().zh(),
                        SearchDocument.body(l.summary().zh(),
                                l.audiences().stream().map(a -> a.name().zh()).collect(Collectors.joining(" ")),
                                l.bodyZh()),
                        SearchDocument.body(l.title().en(), l.summary().en(),
                                l.topics().stream().map(t -> t.name().zh() + " " + t.name().en()).collect(Collectors.joining(" ")),
                                l.bodyEn())))
                .toList();
    }
}
