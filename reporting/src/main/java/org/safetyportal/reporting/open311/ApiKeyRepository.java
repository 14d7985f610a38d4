package org.safetyportal.reporting.open311;

import static org.safetyportal.reporting.internal.jooq.Tables.OPEN311_API_KEY;
import static org.safetyportal.reporting.internal.jooq.Tables.OPEN311_SUBMISSION;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The Open311 clients' keys (by hash only) and the reports they posted, with each one's token. */
@Singleton
class ApiKeyRepository {

    private final DSLContext dsl;

    ApiKeyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a new key; the id is read back by its unique hash (see the README on RETURNING). */
    int insert(String clientName, String keyHash, String hint, String issuedBy, Instant issuedAt) {
        dsl.insertInto(OPEN311_API_KEY)
                .set(OPEN311_API_KEY.CLIENT_NAME, clientName)
                .set(OPEN311_API_KEY.KEY_HASH, keyHash)
                .set(OPEN311_API_KEY.KEY_HINT, hint)
                .set(OPEN311_API_KEY.ISSUED_BY, issuedBy)
                .set(OPEN311_API_KEY.ISSUED_AT, utc(issuedAt))
                .execute();
        return dsl.select(OPEN311_API_KEY.ID).from(OPEN311_API_KEY).where(OPEN311_API_KEY.KEY_HASH.eq(keyHash))
                .fetchSingle(OPEN311_API_KEY.ID);
    }

    /** Marks a key revoked; false when it is unknown or was revoked already. */
    boolean revoke(int id, String revokedBy, Instant revokedAt) {
        return dsl.update(OPEN311_API_KEY)
                .set(OPEN311_API_KEY.REVOKED_BY, revokedBy)
                .set(OPEN311_API_KEY.REVOKED_AT, utc(revokedAt))
                .where(OPEN311_API_KEY.ID.eq(id)).and(OPEN311_API_KEY.REVOKED_AT.isNull())
                .execute() == 1;
    }

    Optional<ApiKey> byId(int id) {
        return dsl.select().from(OPEN311_API_KEY).where(OPEN311_API_KEY.ID.eq(id)).fetchOptional(ApiKeyRepository::key);
    }

    Optional<ApiKey> byHash(String keyHash) {
        return dsl.select().from(OPEN311_API_KEY).where(OPEN311_API_KEY.KEY_HASH.eq(keyHash)).fetchOptional(ApiKeyRepository::key);
    }

    List<ApiKey> all() {
        return dsl.select().from(OPEN311_API_KEY).orderBy(OPEN311_API_KEY.ID.desc()).fetch(ApiKeyRepository::key);
    }

    void insertSubmission(String token, int reportId, int apiKeyId, Instant at) {
        dsl.insertInto(OPEN311_SUBMISSION)
                .set(OPEN311_SUBMISSION.TOKEN, token)
                .set(OPEN311_SUBMISSION.REPORT_ID, reportId)
                .set(OPEN311_SUBMISSION.API_KEY_ID, apiKeyId)
                .set(OPEN311_SUBMISSION.SUBMITTED_AT, utc(at))
                .execute();
    }

    Optional<Integer> reportOfToken(String token) {
        return dsl.select(OPEN311_SUBMISSION.REPORT_ID).from(OPEN311_SUBMISSION).where(OPEN311_SUBMISSION.TOKEN.eq(token))
                .fetchOptional(OPEN311_SUBMISSION.REPORT_ID);
    }

    private static ApiKey key(Record r) {
        return new ApiKey(r.get(OPEN311_API_KEY.ID), r.get(OPEN311_API_KEY.CLIENT_NAME), r.get(OPEN311_API_KEY.KEY_HINT),
                r.get(OPEN311_API_KEY.ISSUED_BY), instant(r.get(OPEN311_API_KEY.ISSUED_AT)), r.get(OPEN311_API_KEY.REVOKED_BY),
                instant(r.get(OPEN311_API_KEY.REVOKED_AT)));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
