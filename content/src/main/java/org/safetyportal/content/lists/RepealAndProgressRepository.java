package org.safetyportal.content.lists;

import static org.safetyportal.content.internal.jooq.Tables.LIST_REPEAL;
import static org.safetyportal.content.internal.jooq.Tables.LIST_TASK_PROGRESS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.safetyportal.content.internal.jooq.tables.records.ListRepealRecord;
import org.safetyportal.content.internal.jooq.tables.records.ListTaskProgressRecord;
import org.safetyportal.content.ledger.StoredPublication;
import org.safetyportal.content.ledger.StoredRows;

/** Repeals and task progress updates: the publication events that follow a list version. */
@Singleton
class RepealAndProgressRepository {

    private final DSLContext dsl;
    private final ListRepository lists;

    RepealAndProgressRepository(DSLContext dsl, ListRepository lists) {
        this.dsl = dsl;
        this.lists = lists;
    }

    int insertRepealRequest(int versionId, LocalDate repealedOn, String reason, String requestedBy, Instant at) {
        String key = UUID.randomUUID().toString();
        dsl.insertInto(LIST_REPEAL)
                .set(LIST_REPEAL.REQUEST_KEY, key)
                .set(LIST_REPEAL.VERSION_ID, versionId)
                .set(LIST_REPEAL.STATUS, RepealStatus.REQUESTED.name())
                .set(LIST_REPEAL.REPEALED_ON, repealedOn)
                .set(LIST_REPEAL.REASON, reason)
                .set(LIST_REPEAL.REQUESTED_BY, requestedBy)
                .set(LIST_REPEAL.REQUESTED_AT, local(at))
                .execute();
        return dsl.select(LIST_REPEAL.ID).from(LIST_REPEAL).where(LIST_REPEAL.REQUEST_KEY.eq(key)).fetchSingle(LIST_REPEAL.ID);
    }

    /** Only a requested repeal is ever decided; a published one is never updated. */
    void decideRepeal(int id, RepealStatus status, String by, Instant at, String comment) {
        dsl.update(LIST_REPEAL)
                .set(LIST_REPEAL.STATUS, status.name())
                .set(LIST_REPEAL.REVIEWED_BY, by)
                .set(LIST_REPEAL.REVIEWED_AT, local(at))
                .set(LIST_REPEAL.REVIEW_COMMENT, comment)
                .where(LIST_REPEAL.ID.eq(id)).and(LIST_REPEAL.STATUS.eq(RepealStatus.REQUESTED.name()))
                .execute();
    }

    /** Every repeal as stored (id, version, status, decided at), codes not interpreted: what the verifier reads. */
    record StoredRepeal(int id, int versionId, String status, Instant reviewedAt) {
    }

    List<StoredRepeal> storedRepeals() {
        return dsl.selectFrom(LIST_REPEAL).orderBy(LIST_REPEAL.ID).fetch(r -> new StoredRepeal(r.getId(), r.getVersionId(),
                r.getStatus(), r.getReviewedAt() == null ? null : r.getReviewedAt().toInstant(ZoneOffset.UTC)));
    }

    List<StoredPublication> storedProgress() {
        return StoredRows.read(dsl, TaskProgressContentSource.PREFIX, LIST_TASK_PROGRESS.ID, null,
                LIST_TASK_PROGRESS.PUBLISHED_AT);
    }

    Optional<ListRepeal> repeal(int id) {
        return dsl.selectFrom(LIST_REPEAL).where(LIST_REPEAL.ID.eq(id)).fetchOptional()
                .map(r -> toRepeal(r, lists.version(r.getVersionId()).orElseThrow()));
    }

    List<ListRepeal> repealsOf(int versionId) {
        return toRepeals(dsl.selectFrom(LIST_REPEAL).where(LIST_REPEAL.VERSION_ID.eq(versionId))
                .orderBy(LIST_REPEAL.ID.desc()).fetch());
    }

    List<ListRepeal> repealsIn(RepealStatus status) {
        return toRepeals(dsl.selectFrom(LIST_REPEAL).where(LIST_REPEAL.STATUS.eq(status.name()))
                .orderBy(LIST_REPEAL.ID.desc()).fetch());
    }

    int insertProgress(int versionId, String itemCode, TaskStatus status, String progress, LocalDate reportedOn,
            String publishedBy, Instant at) {
        String key = UUID.randomUUID().toString();
        dsl.insertInto(LIST_TASK_PROGRESS)
                .set(LIST_TASK_PROGRESS.UPDATE_KEY, key)
                .set(LIST_TASK_PROGRESS.VERSION_ID, versionId)
                .set(LIST_TASK_PROGRESS.ITEM_CODE, itemCode)
                .set(LIST_TASK_PROGRESS.TASK_STATUS, status.name())
                .set(LIST_TASK_PROGRESS.PROGRESS, progress)
                .set(LIST_TASK_PROGRESS.REPORTED_ON, reportedOn)
                .set(LIST_TASK_PROGRESS.PUBLISHED_BY, publishedBy)
                .set(LIST_TASK_PROGRESS.PUBLISHED_AT, local(at))
                .execute();
        return dsl.select(LIST_TASK_PROGRESS.ID).from(LIST_TASK_PROGRESS)
                .where(LIST_TASK_PROGRESS.UPDATE_KEY.eq(key)).fetchSingle(LIST_TASK_PROGRESS.ID);
    }

    Optional<TaskProgress> progress(int id) {
        return dsl.selectFrom(LIST_TASK_PROGRESS).where(LIST_TASK_PROGRESS.ID.eq(id))
                .fetchOptional().map(RepealAndProgressRepository::toProgress);
    }

    /** The updates posted against any of the given versions, newest first. */
    List<TaskProgress> progressOf(Collection<Integer> versionIds) {
        return dsl.selectFrom(LIST_TASK_PROGRESS).where(LIST_TASK_PROGRESS.VERSION_ID.in(versionIds))
                .orderBy(LIST_TASK_PROGRESS.REPORTED_ON.desc(), LIST_TASK_PROGRESS.ID.desc())
                .fetch(RepealAndProgressRepository::toProgress);
    }

    /** The latest updates across all lists, newest publication first. */
    List<TaskProgress> latestProgress(int limit) {
        return dsl.selectFrom(LIST_TASK_PROGRESS).orderBy(LIST_TASK_PROGRESS.ID.desc()).limit(limit)
                .fetch(RepealAndProgressRepository::toProgress);
    }

    /** Rows read whole first, then their versions in one query: no query per row, none while a cursor is open. */
    private List<ListRepeal> toRepeals(List<ListRepealRecord> rows) {
        Map<Integer, ListVersion> versions = lists.versions(rows.stream().map(ListRepealRecord::getVersionId).toList());
        return rows.stream().map(r -> toRepeal(r, versions.get(r.getVersionId()))).toList();
    }

    private static ListRepeal toRepeal(ListRepealRecord r, ListVersion version) {
        return new ListRepeal(r.getId(), version, RepealStatus.valueOf(r.getStatus()),
                r.getRepealedOn(), r.getReason(), r.getRequestedBy(), instant(r.getRequestedAt()), r.getReviewedBy(),
                instant(r.getReviewedAt()), r.getReviewComment());
    }

    private static TaskProgress toProgress(ListTaskProgressRecord r) {
        return new TaskProgress(r.getId(), r.getVersionId(), r.getItemCode(), TaskStatus.valueOf(r.getTaskStatus()),
                r.getProgress(), r.getReportedOn(), r.getPublishedBy(), instant(r.getPublishedAt()));
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
