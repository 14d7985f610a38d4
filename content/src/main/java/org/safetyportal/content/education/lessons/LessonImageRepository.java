package org.safetyportal.content.education.lessons;

import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_LESSON_DRAFT_IMAGE;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_LESSON_IMAGE;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Uploaded lesson pictures, each kept once by the SHA-256 of its bytes, and the drafts they were uploaded to. */
@Singleton
class LessonImageRepository {

    private final DSLContext dsl;

    LessonImageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Keeps the picture unless the same bytes are kept already (its name is then the same too). */
    void insertIfAbsent(LessonImage image, String uploadedBy, Instant at) {
        dsl.insertInto(EDUCATION_LESSON_IMAGE)
                .set(EDUCATION_LESSON_IMAGE.SHA256, image.sha256())
                .set(EDUCATION_LESSON_IMAGE.NAME, image.name())
                .set(EDUCATION_LESSON_IMAGE.MEDIA_TYPE, image.mediaType())
                .set(EDUCATION_LESSON_IMAGE.WIDTH, image.width())
                .set(EDUCATION_LESSON_IMAGE.HEIGHT, image.height())
                .set(EDUCATION_LESSON_IMAGE.IMAGE, image.bytes())
                .set(EDUCATION_LESSON_IMAGE.UPLOADED_BY, uploadedBy)
                .set(EDUCATION_LESSON_IMAGE.UPLOADED_AT, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .onDuplicateKeyIgnore().execute();
    }

    void attach(int draftId, String sha256) {
        dsl.insertInto(EDUCATION_LESSON_DRAFT_IMAGE).set(EDUCATION_LESSON_DRAFT_IMAGE.DRAFT_ID, draftId)
                .set(EDUCATION_LESSON_DRAFT_IMAGE.IMAGE_SHA256, sha256).onDuplicateKeyIgnore().execute();
    }

    boolean attached(int draftId, String sha256) {
        return dsl.fetchExists(EDUCATION_LESSON_DRAFT_IMAGE, EDUCATION_LESSON_DRAFT_IMAGE.DRAFT_ID.eq(draftId),
                EDUCATION_LESSON_DRAFT_IMAGE.IMAGE_SHA256.eq(sha256));
    }

    int countOf(int draftId) {
        return dsl.fetchCount(EDUCATION_LESSON_DRAFT_IMAGE, EDUCATION_LESSON_DRAFT_IMAGE.DRAFT_ID.eq(draftId));
    }

    /** The pictures uploaded to the draft, in the order of their upload. */
    List<LessonImage> ofDraft(int draftId) {
        return dsl.select(EDUCATION_LESSON_IMAGE.fields()).from(EDUCATION_LESSON_IMAGE).join(EDUCATION_LESSON_DRAFT_IMAGE)
                .on(EDUCATION_LESSON_DRAFT_IMAGE.IMAGE_SHA256.eq(EDUCATION_LESSON_IMAGE.SHA256))
                .where(EDUCATION_LESSON_DRAFT_IMAGE.DRAFT_ID.eq(draftId))
                .orderBy(EDUCATION_LESSON_IMAGE.UPLOADED_AT, EDUCATION_LESSON_IMAGE.NAME)
                .fetch().map(LessonImageRepository::image);
    }

    Optional<LessonImage> byName(String name) {
        return dsl.selectFrom(EDUCATION_LESSON_IMAGE).where(EDUCATION_LESSON_IMAGE.NAME.eq(name)).fetchOptional()
                .map(LessonImageRepository::image);
    }

    /** The pictures of these names that are kept (read whole, bytes included). */
    List<LessonImage> byNames(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(EDUCATION_LESSON_IMAGE).where(EDUCATION_LESSON_IMAGE.NAME.in(names)).fetch()
                .map(LessonImageRepository::image);
    }

    /** Of these names, those kept (without reading their bytes). */
    List<String> existing(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return dsl.select(EDUCATION_LESSON_IMAGE.NAME).from(EDUCATION_LESSON_IMAGE).where(EDUCATION_LESSON_IMAGE.NAME.in(names))
                .fetch(EDUCATION_LESSON_IMAGE.NAME);
    }

    private static LessonImage image(Record r) {
        return new LessonImage(r.get(EDUCATION_LESSON_IMAGE.NAME), r.get(EDUCATION_LESSON_IMAGE.SHA256),
                r.get(EDUCATION_LESSON_IMAGE.MEDIA_TYPE), r.get(EDUCATION_LESSON_IMAGE.WIDTH),
                r.get(EDUCATION_LESSON_IMAGE.HEIGHT), r.get(EDUCATION_LESSON_IMAGE.IMAGE));
    }
}
