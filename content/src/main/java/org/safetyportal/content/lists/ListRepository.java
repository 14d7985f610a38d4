package org.safetyportal.content.lists;

import static org.safetyportal.content.internal.jooq.Tables.LIST_ITEM;
import static org.safetyportal.content.internal.jooq.Tables.LIST_ITEM_SECTOR;
import static org.safetyportal.content.internal.jooq.Tables.LIST_VERSION;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.safetyportal.content.internal.jooq.tables.records.ListItemRecord;
import org.safetyportal.content.internal.jooq.tables.records.ListVersionRecord;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;

@Singleton
class ListRepository {

    /** The items of a version are numbered ORDER_STEP, 2 × ORDER_STEP, ... in the order they are saved. */
    static final int ORDER_STEP = 10;

    private final DSLContext dsl;
    private final OrganizationDirectory organization;

    ListRepository(DSLContext dsl, OrganizationDirectory organization) {
        this.dsl = dsl;
        this.organization = organization;
    }

    Optional<ListVersion> version(int id) {
        return dsl.selectFrom(LIST_VERSION).where(LIST_VERSION.ID.eq(id)).fetchOptional().map(this::toVersion);
    }

    /** The versions with these ids, by id: one query for a page of rows that each name a version. */
    Map<Integer, ListVersion> versions(Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(LIST_VERSION).where(LIST_VERSION.ID.in(ids)).fetch().stream()
                .map(this::toVersion).collect(Collectors.toMap(ListVersion::id, Function.identity()));
    }

    /** Versions of one list, newest first. */
    List<ListVersion> versions(int departmentId, ListType type, int year, Collection<VersionStatus> statuses) {
        return dsl.selectFrom(LIST_VERSION)
                .where(series(departmentId, type, year))
                .and(LIST_VERSION.STATUS.in(statuses.stream().map(Enum::name).toList()))
                .orderBy(LIST_VERSION.VERSION_NO.desc())
                .fetch().map(this::toVersion);
    }

    /** Every version in the given states, for work queues and directories. */
    List<ListVersion> versionsIn(Collection<VersionStatus> statuses) {
        return dsl.selectFrom(LIST_VERSION)
                .where(LIST_VERSION.STATUS.in(statuses.stream().map(Enum::name).toList()))
                .orderBy(LIST_VERSION.DEPARTMENT_ID, LIST_VERSION.LIST_TYPE, LIST_VERSION.LIST_YEAR.desc(),
                        LIST_VERSION.VERSION_NO.desc())
                .fetch().map(this::toVersion);
    }

    /** One department's versions in the given states, newest first within each list. */
    List<ListVersion> versionsOf(int departmentId, Collection<VersionStatus> statuses) {
        return dsl.selectFrom(LIST_VERSION)
                .where(LIST_VERSION.DEPARTMENT_ID.eq(departmentId))
                .and(LIST_VERSION.STATUS.in(statuses.stream().map(Enum::name).toList()))
                .orderBy(LIST_VERSION.LIST_TYPE, LIST_VERSION.LIST_YEAR.desc(), LIST_VERSION.VERSION_NO.desc())
                .fetch().map(this::toVersion);
    }

    int nextVersionNo(int departmentId, ListType type, int year) {
        Integer max = dsl.select(DSL.max(LIST_VERSION.VERSION_NO)).from(LIST_VERSION)
                .where(series(departmentId, type, year)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    int insertDraft(int departmentId, ListType type, int year, int versionNo, Integer basedOnId, String draftedBy,
            Instant now) {
        dsl.insertInto(LIST_VERSION)
                .set(LIST_VERSION.DEPARTMENT_ID, departmentId)
                .set(LIST_VERSION.LIST_TYPE, type.name())
                .set(LIST_VERSION.LIST_YEAR, year)
                .set(LIST_VERSION.VERSION_NO, versionNo)
                .set(LIST_VERSION.STATUS, VersionStatus.DRAFT.name())
                .set(LIST_VERSION.BASED_ON_ID, basedOnId)
                .set(LIST_VERSION.DRAFTED_BY, draftedBy)
                .set(LIST_VERSION.DRAFTED_AT, local(now))
                .execute();
        // Read back by the unique series key: MariaDB through Connector/J cannot run INSERT ... RETURNING.
        return dsl.select(LIST_VERSION.ID).from(LIST_VERSION)
                .where(series(departmentId, type, year)).and(LIST_VERSION.VERSION_NO.eq(versionNo))
                .fetchSingle(LIST_VERSION.ID);
    }

    void markSubmitted(int id, String by, Instant at) {
        dsl.update(LIST_VERSION)
                .set(LIST_VERSION.STATUS, VersionStatus.SUBMITTED.name())
                .set(LIST_VERSION.SUBMITTED_BY, by)
                .set(LIST_VERSION.SUBMITTED_AT, local(at))
                .where(LIST_VERSION.ID.eq(id))
                .execute();
    }

    void markReturned(int id, String by, Instant at, String comment) {
        dsl.update(LIST_VERSION)
                .set(LIST_VERSION.STATUS, VersionStatus.DRAFT.name())
                .set(LIST_VERSION.REVIEWED_BY, by)
                .set(LIST_VERSION.REVIEWED_AT, local(at))
                .set(LIST_VERSION.REVIEW_COMMENT, comment)
                .where(LIST_VERSION.ID.eq(id))
                .execute();
    }

    void markPublished(int id, String by, Instant at, ListVersionApproval approval, String contentHash) {
        dsl.update(LIST_VERSION)
                .set(LIST_VERSION.STATUS, VersionStatus.PUBLISHED.name())
                .set(LIST_VERSION.REVIEWED_BY, by)
                .set(LIST_VERSION.REVIEWED_AT, local(at))
                .set(LIST_VERSION.REVIEW_COMMENT, approval.comment())
                .set(LIST_VERSION.EFFECTIVE_DATE, approval.effectiveDate())
                .set(LIST_VERSION.CHANGE_REASON, approval.reason().name())
                .set(LIST_VERSION.PUBLISHED_AT, local(at))
                .set(LIST_VERSION.CONTENT_HASH, contentHash)
                .where(LIST_VERSION.ID.eq(id))
                .execute();
    }

    /** Deletes a version that was never published (a draft or a submitted one), with its items; nothing else. */
    void deleteOpenVersion(int id) {
        boolean open = dsl.fetchExists(LIST_VERSION, LIST_VERSION.ID.eq(id)
                .and(LIST_VERSION.STATUS.in(VersionStatus.DRAFT.name(), VersionStatus.SUBMITTED.name())));
        if (!open) {
            return;
        }
        replaceItems(id, List.of());
        dsl.deleteFrom(LIST_VERSION).where(LIST_VERSION.ID.eq(id)).execute();
    }

    void markSuperseded(int id) {
        dsl.update(LIST_VERSION)
                .set(LIST_VERSION.STATUS, VersionStatus.SUPERSEDED.name())
                .where(LIST_VERSION.ID.eq(id))
                .execute();
    }

    void markRepealed(int id) {
        dsl.update(LIST_VERSION)
                .set(LIST_VERSION.STATUS, VersionStatus.REPEALED.name())
                .where(LIST_VERSION.ID.eq(id))
                .execute();
    }

    List<ListItem> items(int versionId) {
        Map<Integer, List<String>> sectors = dsl.select(LIST_ITEM_SECTOR.ITEM_ID, LIST_ITEM_SECTOR.SECTOR_CODE)
                .from(LIST_ITEM_SECTOR).join(LIST_ITEM).on(LIST_ITEM.ID.eq(LIST_ITEM_SECTOR.ITEM_ID))
                .where(LIST_ITEM.VERSION_ID.eq(versionId))
                .orderBy(LIST_ITEM_SECTOR.SECTOR_CODE)
                .fetchGroups(LIST_ITEM_SECTOR.ITEM_ID, LIST_ITEM_SECTOR.SECTOR_CODE);
        return dsl.selectFrom(LIST_ITEM).where(LIST_ITEM.VERSION_ID.eq(versionId)).orderBy(LIST_ITEM.SORT_ORDER, LIST_ITEM.ID)
                .fetch(r -> toItem(r, sectors.getOrDefault(r.getId(), List.of())));
    }

    /** The items of several versions, by version id, in two queries whatever their number. */
    Map<Integer, List<ListItem>> items(Collection<Integer> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        Map<Integer, List<String>> sectors = dsl.select(LIST_ITEM_SECTOR.ITEM_ID, LIST_ITEM_SECTOR.SECTOR_CODE)
                .from(LIST_ITEM_SECTOR).join(LIST_ITEM).on(LIST_ITEM.ID.eq(LIST_ITEM_SECTOR.ITEM_ID))
                .where(LIST_ITEM.VERSION_ID.in(versionIds))
                .orderBy(LIST_ITEM_SECTOR.SECTOR_CODE)
                .fetchGroups(LIST_ITEM_SECTOR.ITEM_ID, LIST_ITEM_SECTOR.SECTOR_CODE);
        Map<Integer, List<ListItem>> items = new LinkedHashMap<>();
        dsl.selectFrom(LIST_ITEM).where(LIST_ITEM.VERSION_ID.in(versionIds))
                .orderBy(LIST_ITEM.VERSION_ID, LIST_ITEM.SORT_ORDER).fetch()
                .forEach(r -> items.computeIfAbsent(r.getVersionId(), id -> new ArrayList<>())
                        .add(toItem(r, sectors.getOrDefault(r.getId(), List.of()))));
        return items;
    }

    /** The stored sort numbers of every version's items, in the order {@link #items} answers them, by version id. */
    Map<Integer, List<Integer>> storedItemOrders() {
        return dsl.select(LIST_ITEM.VERSION_ID, LIST_ITEM.SORT_ORDER).from(LIST_ITEM)
                .orderBy(LIST_ITEM.VERSION_ID, LIST_ITEM.SORT_ORDER, LIST_ITEM.ID)
                .fetchGroups(LIST_ITEM.VERSION_ID, LIST_ITEM.SORT_ORDER);
    }

    /** One row of {@code list_version} as stored, its codes not interpreted: what the verifier reads. */
    record StoredVersion(int id, int departmentId, String listType, int year, String status, Instant publishedAt,
            String contentHash) {

        String series() {
            return departmentId + "|" + listType + "|" + year;
        }
    }

    List<StoredVersion> storedVersions() {
        return dsl.selectFrom(LIST_VERSION).orderBy(LIST_VERSION.ID)
                .fetch(r -> new StoredVersion(r.getId(), r.getDepartmentId(), r.getListType(), r.getListYear(),
                        r.getStatus(), instant(r.getPublishedAt()), r.getContentHash()));
    }

    void replaceItems(int versionId, List<ListItem> items) {
        List<Integer> old = dsl.select(LIST_ITEM.ID).from(LIST_ITEM).where(LIST_ITEM.VERSION_ID.eq(versionId))
                .fetch(LIST_ITEM.ID);
        if (!old.isEmpty()) {
            dsl.deleteFrom(LIST_ITEM_SECTOR).where(LIST_ITEM_SECTOR.ITEM_ID.in(old)).execute();
            dsl.deleteFrom(LIST_ITEM).where(LIST_ITEM.ID.in(old)).execute();
        }
        int order = 0;
        for (ListItem item : items) {
            order += ORDER_STEP;
            dsl.insertInto(LIST_ITEM)
                    .set(LIST_ITEM.VERSION_ID, versionId)
                    .set(LIST_ITEM.ITEM_CODE, item.code())
                    .set(LIST_ITEM.SORT_ORDER, order)
                    .set(LIST_ITEM.TITLE, item.title())
                    .set(LIST_ITEM.POWER_TYPE, item.powerType() == null ? null : item.powerType().name())
                    .set(LIST_ITEM.LEGAL_BASIS, item.legalBasis())
                    .set(LIST_ITEM.RESPONSIBLE_BODY, item.responsibleBody())
                    .set(LIST_ITEM.STAGES, item.stages())
                    .set(LIST_ITEM.ACCOUNTABILITY, item.accountability())
                    .set(LIST_ITEM.SUPERVISION_PHONE, item.supervisionPhone())
                    .set(LIST_ITEM.MEASURES, item.measures())
                    .set(LIST_ITEM.DEADLINE, item.deadline())
                    .set(LIST_ITEM.COOPERATING_UNITS, item.cooperatingUnits())
                    .set(LIST_ITEM.TASK_STATUS, item.taskStatus() == null ? null : item.taskStatus().name())
                    .set(LIST_ITEM.PROGRESS, item.progress())
                    .execute();
            if (!item.sectors().isEmpty()) {
                int itemId = dsl.select(LIST_ITEM.ID).from(LIST_ITEM)
                        .where(LIST_ITEM.VERSION_ID.eq(versionId)).and(LIST_ITEM.ITEM_CODE.eq(item.code()))
                        .fetchSingle(LIST_ITEM.ID);
                for (String sector : item.sectors()) {
                    dsl.insertInto(LIST_ITEM_SECTOR)
                            .set(LIST_ITEM_SECTOR.ITEM_ID, itemId)
                            .set(LIST_ITEM_SECTOR.SECTOR_CODE, sector)
                            .execute();
                }
            }
        }
    }

    private static Condition series(int departmentId, ListType type, int year) {
        return LIST_VERSION.DEPARTMENT_ID.eq(departmentId)
                .and(LIST_VERSION.LIST_TYPE.eq(type.name()))
                .and(LIST_VERSION.LIST_YEAR.eq(year));
    }

    private ListVersion toVersion(ListVersionRecord r) {
        Department department = organization.department(r.getDepartmentId()).orElseThrow();
        return new ListVersion(r.getId(), department, ListType.valueOf(r.getListType()), r.getListYear(),
                r.getVersionNo(), VersionStatus.valueOf(r.getStatus()), r.getBasedOnId(), r.getDraftedBy(),
                instant(r.getDraftedAt()), r.getSubmittedBy(), instant(r.getSubmittedAt()), r.getReviewedBy(),
                instant(r.getReviewedAt()), r.getReviewComment(), r.getEffectiveDate(),
                r.getChangeReason() == null ? null : ChangeReason.valueOf(r.getChangeReason()),
                instant(r.getPublishedAt()), r.getContentHash());
    }

    static ListItem toItem(ListItemRecord r, List<String> sectors) {
        return new ListItem(r.getItemCode(), r.getTitle(),
                r.getPowerType() == null ? null : PowerType.valueOf(r.getPowerType()), r.getLegalBasis(),
                r.getResponsibleBody(), r.getStages(), r.getAccountability(), r.getSupervisionPhone(),
                new ArrayList<>(sectors), r.getMeasures(), r.getDeadline(), r.getCooperatingUnits(),
                r.getTaskStatus() == null ? null : TaskStatus.valueOf(r.getTaskStatus()), r.getProgress());
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
