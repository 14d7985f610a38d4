package org.safetyportal.content.education.lessons;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.StoredPublication;

/** A published lesson as the ledger sees it: every field the public reads, and its whole bank with the right answers and explanations. */
@Singleton
class LessonContentSource implements PublishedContentSource {

    static final String PREFIX = "lesson:";

    private final LessonRepository repository;
    private final LessonImageRepository images;

    LessonContentSource(LessonRepository repository, LessonImageRepository images) {
        this.repository = repository;
        this.images = images;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::byId).map(p -> {
            Lesson l = p.lesson();
            return canonical(l.code(), l.edition(), l.title().zh(), l.title().en(), l.summary().zh(), l.summary().en(),
                    l.audiences().stream().map(Audience::code).toList(), l.topics().stream().map(Topic::code).toList(),
                    l.minutes(), l.bodyZh(), l.bodyEn(), l.publishedBy(), p.questions(),
                    LessonImages.hashes(images, LessonMarkdown.uploadedImages(l.bodyZh(), l.bodyEn())));
        });
    }

    static String canonical(LessonSource s, int edition, String publishedBy) {
        return canonical(s, edition, publishedBy, Map.of());
    }

    /** With the SHA-256 of every uploaded picture the bodies show, by name: altering a kept picture changes the content. */
    static String canonical(LessonSource s, int edition, String publishedBy, Map<String, String> imageHashes) {
        return canonical(s.code(), edition, s.title().zh(), s.title().en(), s.summary().zh(), s.summary().en(),
                s.audiences().stream().map(Audience::code).toList(), s.topics().stream().map(Topic::code).toList(),
                s.minutes(), s.bodyZh(), s.bodyEn(), publishedBy, s.questions(), imageHashes);
    }

    private static String canonical(String code, int edition, String titleZh, String titleEn, String summaryZh, String summaryEn,
            List<String> audiences, List<String> topics, int minutes, String bodyZh, String bodyEn, String publishedBy,
            List<BankQuestion> questions, Map<String, String> imageHashes) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("code", code);
        // The first edition carries no number, so that the lessons published before editions keep their hashes.
        if (edition > 1) {
            content.put("edition", edition);
        }
        content.put("titleZh", titleZh);
        content.put("titleEn", titleEn);
        content.put("summaryZh", summaryZh);
        content.put("summaryEn", summaryEn);
        content.put("audiences", audiences);
        content.put("topics", topics);
        content.put("minutes", minutes);
        content.put("bodyZh", bodyZh);
        content.put("bodyEn", bodyEn);
        content.put("publishedBy", publishedBy);
        content.put("questions", questions.stream().map(LessonContentSource::question).toList());
        // Only for editions that show uploaded pictures, so that the lessons published before keep their hashes.
        if (!imageHashes.isEmpty()) {
            content.put("images", imageHashes);
        }
        return CanonicalJson.write(content);
    }

    private static Map<String, Object> question(BankQuestion q) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("position", q.position());
        content.put("kind", q.kind().name());
        content.put("category", q.category());
        content.put("tags", q.tags());
        content.put("stemZh", q.stemZh());
        content.put("stemEn", q.stemEn());
        content.put("explanationZh", q.explanationZh());
        content.put("explanationEn", q.explanationEn());
        content.put("options", q.options().stream().map(o -> {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("position", o.position());
            option.put("textZh", o.textZh());
            option.put("textEn", o.textEn());
            option.put("correct", o.correct());
            return option;
        }).toList());
        return content;
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.stored();
    }
}
