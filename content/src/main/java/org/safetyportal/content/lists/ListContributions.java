package org.safetyportal.content.lists;

import static org.safetyportal.content.internal.jooq.Tables.LIST_VERSION_CONTRIBUTION;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * Who changed each version's content: every draft, save, import and submission, written in the
 * transaction of the change. Four eyes are checked against all of them.
 */
@Singleton
class ListContributions {

    /** How someone changed a version. */
    enum Kind {
        DRAFTED,
        EDITED,
        IMPORTED,
        SUBMITTED
    }

    private final DSLContext dsl;

    ListContributions(DSLContext dsl) {
        this.dsl = dsl;
    }

    void record(int versionId, String username, Kind kind, Instant at) {
        dsl.insertInto(LIST_VERSION_CONTRIBUTION)
                .set(LIST_VERSION_CONTRIBUTION.VERSION_ID, versionId)
                .set(LIST_VERSION_CONTRIBUTION.USERNAME, username)
                .set(LIST_VERSION_CONTRIBUTION.CONTRIBUTION, kind.name())
                .set(LIST_VERSION_CONTRIBUTION.CONTRIBUTED_AT, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .execute();
    }

    /** Everyone who changed the version in any way. */
    Set<String> contributors(int versionId) {
        return new TreeSet<>(dsl.selectDistinct(LIST_VERSION_CONTRIBUTION.USERNAME).from(LIST_VERSION_CONTRIBUTION)
                .where(LIST_VERSION_CONTRIBUTION.VERSION_ID.eq(versionId))
                .fetch(LIST_VERSION_CONTRIBUTION.USERNAME));
    }
}
