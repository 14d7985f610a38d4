package org.safetyportal.content.education.lessons;

import java.time.Instant;

/**
 * A lesson draft: a new lesson, or the next edition of a published one ({@code basedOnEdition}, the edition it
 * revises, else 0). {@code returnReason} is why the last person asked to publish it sent it back, if anyone did.
 */
public record LessonDraft(int id, String code, Integer basedOnId, int basedOnEdition, LessonDraftText text,
        DraftStatus status, String draftedBy, Instant draftedAt, String submittedBy, Instant submittedAt,
        String returnedBy, String returnReason, Integer lessonId) {

    public boolean isNewLesson() {
        return basedOnId == null;
    }

    /** The edition this draft becomes when it is published now, unless another one is published before it. */
    public int nextEdition() {
        return basedOnEdition + 1;
    }
}
