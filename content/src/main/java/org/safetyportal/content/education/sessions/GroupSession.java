package org.safetyportal.content.education.sessions;

import java.time.Instant;

/** A session an educator runs for a group: the lesson whose bank is drawn from, how many questions, and when it is open. */
public record GroupSession(int id, String joinCode, int organisationId, String lessonCode, String audienceCode,
        int questionCount, Instant opensAt, Instant closesAt, String createdBy) {

    /** Open at this moment: from the opening (inclusive) to the closing (exclusive). */
    public boolean openAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
