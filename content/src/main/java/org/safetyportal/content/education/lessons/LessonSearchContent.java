package org.safetyportal.content.education.lessons;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;
import org.safetyportal.content.search.SearchDocument;
import org.safetyportal.content.search.SearchKind;
import org.safetyportal.content.search.SearchableContent;
import org.safetyportal.i18n.Translatable;

/** Every published lesson, found by its title, summary, topics, audiences and body (Chinese and English). */
@Singleton
class LessonSearchContent implements SearchableContent {

    private final LessonLibrary library;

    LessonSearchContent(LessonLibrary library) {
        this.library = library;
    }

    @Override
    public List<SearchDocument> documents() {
        return library.lessons().stream().map(l -> new SearchDocument(SearchKind.LESSON, l.code(), null,
                        new Translatable("education.search.category"), l.code(), l.title().zh(),
                        SearchDocument.body(l.title().en(), l.summary().zh(), l.summary().en(),
                                l.topics().stream().map(t -> t.name().zh() + " " + t.name().en()).collect(Collectors.joining(" ")),
                                l.audiences().stream().map(a -> a.name().zh()).collect(Collectors.joining(" ")),
                                l.bodyZh(), l.bodyEn())))
                .toList();
    }
}
