package org.safetyportal.content.education.lessons;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.ledger.Sha256;
import org.safetyportal.content.publishing.PublicationKind;
import org.safetyportal.content.publishing.PublicationRecorder;

/**
 * Publishes the lessons written for the portal (the education seed) through the ledger at start-up, by
 * the portal itself ({@value Actor#SYSTEM}), each lesson with its bank in a transaction of its own, so
 * that what the public reads is covered by the ledger. A lesson already published is never changed: a
 * seed file that now differs from it is reported, not republished (a new edition of a lesson is work
 * for the drafting workflow, {@link LessonDrafting}, not for a start-up; a code published by staff is never
 * overwritten by the seed).
 */
@Singleton
public class LessonPublishing {

    public static final String LEDGER_EVENT = "lesson.published";
    static final PublicationKind PUBLISHED = new PublicationKind(LEDGER_EVENT, LessonContentSource.PREFIX,
            "lesson.published");

    private static final Actor SYSTEM = Actor.builtIn(Actor.SYSTEM, List.of(), Map.of());

    private final LessonRepository repository;
    private final PublicationRecorder recorder;
    private final EducationReference reference;

    LessonPublishing(LessonRepository repository, PublicationRecorder recorder, EducationReference reference) {
        this.repository = repository;
        this.recorder = recorder;
        this.reference = reference;
    }

    /** What a start-up did: lessons published now, and codes of published lessons whose seed files differ from them. */
    public record Summary(int published, int alreadyPublished, List<String> seedDiffers) {
    }

    /** Reads and checks the whole seed first (a mistake stops before anything is published), then publishes what is missing. */
    public Summary publishMissing() {
        List<LessonSource> seed = SeedLessons.read(reference);
        int published = 0;
        int already = 0;
        List<String> differing = new ArrayList<>();
        var stored = repository.current().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.lesson().code(), p -> p.lesson().contentHash()));
        for (LessonSource lesson : seed) {
            String storedHash = stored.get(lesson.code());
            if (storedHash != null) {
                already++;
                if (!storedHash.equals(Sha256.of(LessonContentSource.canonical(lesson, 1, Actor.SYSTEM)))) {
                    differing.add(lesson.code());
                }
            } else if (publish(lesson)) {
                published++;
            }
        }
        return new Summary(published, already, List.copyOf(differing));
    }

    private boolean publish(LessonSource lesson) {
        return recorder.inTransaction(SYSTEM, recording -> {
            recording.takeTurn();
            // Another portal on the same database may have published it while this one read the seed.
            if (repository.codeExists(lesson.code())) {
                return false;
            }
            String canonical = LessonContentSource.canonical(lesson, 1, recording.actor().username());
            recording.publish(PUBLISHED, canonical,
                    (at, hash) -> repository.insert(lesson, 1, recording.actor().username(), at, hash), lesson.code());
            return true;
        });
    }
}
