package org.safetyportal.content.education.sessions;

import java.time.Instant;

/**
 * A session an educator runs for a group: the lesson whose bank is drawn from (the edition newest when the session was
 * made, {@code lessonId}, for all its participants), how many questions, and when it is open.
 */
public record GroupSession(int id, String joinCode, int organisationId, String lessonCode, int lessonId, String audienceCode,
        int questionCount, Instant opensAt, Instant closesAt, String createdBy) {

    /** Open at this moment: from the opening (inclusive) to the closing (exclusive). */
    public boolean openAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
