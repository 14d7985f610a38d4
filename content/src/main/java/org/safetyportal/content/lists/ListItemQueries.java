package org.safetyportal.content.lists;

import static org.safetyportal.content.internal.jooq.Tables.AREA;
import static org.safetyportal.content.internal.jooq.Tables.DEPARTMENT;
import static org.safetyportal.content.internal.jooq.Tables.LIST_ITEM;
import static org.safetyportal.content.internal.jooq.Tables.LIST_ITEM_SECTOR;
import static org.safetyportal.content.internal.jooq.Tables.LIST_VERSION;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.safetyportal.content.internal.jooq.tables.records.ListItemRecord;

/** Published items across lists: the item filters, item permalinks and the 责任清单 coverage of sectors. */
@Singleton
class ListItemQueries {

    private final DSLContext dsl;
    private final ListCatalogue catalogue;

    ListItemQueries(DSLContext dsl, ListCatalogue catalogue) {
        this.dsl = dsl;
        this.catalogue = catalogue;
    }

    long count(ItemFilter filter) {
        return dsl.selectCount().from(LIST_ITEM)
                .join(LIST_VERSION).on(LIST_VERSION.ID.eq(LIST_ITEM.VERSION_ID))
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(LIST_VERSION.DEPARTMENT_ID))
                .join(AREA).on(AREA.ID.eq(DEPARTMENT.AREA_ID))
                .where(inForce(filter, inForceNow()))
                .fetchSingle(0, Long.class);
    }

    /** Items of the lists in force that pass the filter: by area, department, list type, newest year, then as listed. */
    List<PublishedItem> find(ItemFilter filter, int offset, int limit) {
        Map<Integer, ListVersion> versions = inForceNow();
        List<ListItemRecord> records = dsl.select(LIST_ITEM.fields()).from(LIST_ITEM)
                .join(LIST_VERSION).on(LIST_VERSION.ID.eq(LIST_ITEM.VERSION_ID))
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(LIST_VERSION.DEPARTMENT_ID))
                .join(AREA).on(AREA.ID.eq(DEPARTMENT.AREA_ID))
                .where(inForce(filter, versions))
                .orderBy(AREA.SORT_ORDER, DEPARTMENT.SORT_ORDER, LIST_VERSION.LIST_TYPE, LIST_VERSION.LIST_YEAR.desc(),
                        LIST_ITEM.SORT_ORDER, LIST_ITEM.ID)
                .offset(offset).limit(limit)
                .fetchInto(LIST_ITEM);
        Map<Integer, List<String>> sectors = sectorsOf(records.stream().map(ListItemRecord::getId).toList());
        List<PublishedItem> items = new ArrayList<>();
        for (ListItemRecord r : records) {
            ListVersion version = versions.get(r.getVersionId());
            items.add(new PublishedItem(version, ListRepository.toItem(r, sectors.getOrDefault(r.getId(), List.of()))));
        }
        return items;
    }

    /** One item of one version, by its code. */
    Optional<ListItem> item(int versionId, String code) {
        return dsl.selectFrom(LIST_ITEM).where(LIST_ITEM.VERSION_ID.eq(versionId)).and(LIST_ITEM.ITEM_CODE.eq(code))
                .fetchOptional()
                .map(r -> ListRepository.toItem(r, sectorsOf(List.of(r.getId())).getOrDefault(r.getId(), List.of())));
    }

    /** One item code as each of these versions holds it, by version id (absent where a version lacks it): one query. */
    Map<Integer, ListItem> itemIn(Collection<Integer> versionIds, String code) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        List<ListItemRecord> records = dsl.selectFrom(LIST_ITEM).where(LIST_ITEM.VERSION_ID.in(versionIds))
                .and(LIST_ITEM.ITEM_CODE.eq(code)).fetch();
        Map<Integer, List<String>> sectors = sectorsOf(records.stream().map(ListItemRecord::getId).toList());
        Map<Integer, ListItem> items = new HashMap<>();
        records.forEach(r -> items.put(r.getVersionId(), ListRepository.toItem(r, sectors.getOrDefault(r.getId(), List.of()))));
        return items;
    }

    /** The years of a department's annual lists in force that hold the item code, newest first. */
    List<Integer> yearsInForce(int departmentId, ListType type, String code) {
        return dsl.selectDistinct(LIST_VERSION.LIST_YEAR).from(LIST_VERSION)
                .join(LIST_ITEM).on(LIST_ITEM.VERSION_ID.eq(LIST_VERSION.ID))
                .where(LIST_VERSION.DEPARTMENT_ID.eq(departmentId))
                .and(LIST_VERSION.LIST_TYPE.eq(type.name()))
                .and(LIST_VERSION.ID.in(inForceNow().keySet()))
                .and(LIST_ITEM.ITEM_CODE.eq(code))
                .orderBy(LIST_VERSION.LIST_YEAR.desc())
                .fetch(LIST_VERSION.LIST_YEAR);
    }

    private Map<Integer, List<String>> sectorsOf(List<Integer> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(LIST_ITEM_SECTOR.ITEM_ID, LIST_ITEM_SECTOR.SECTOR_CODE).from(LIST_ITEM_SECTOR)
                .where(LIST_ITEM_SECTOR.ITEM_ID.in(itemIds))
                .orderBy(LIST_ITEM_SECTOR.SECTOR_CODE)
                .fetchGroups(LIST_ITEM_SECTOR.ITEM_ID, LIST_ITEM_SECTOR.SECTOR_CODE);
    }

    /** The versions in force today by id, with their standing ({@link EffectiveVersions}), from the read model. */
    private Map<Integer, ListVersion> inForceNow() {
        Map<Integer, ListVersion> versions = new HashMap<>();
        catalogue.current().forEach(v -> versions.put(v.id(), v));
        return versions;
    }

    /** Only the versions in force today count: not those superseded, nor those announced for a later day. */
    private static Condition inForce(ItemFilter filter, Map<Integer, ListVersion> inForce) {
        Condition condition = LIST_VERSION.ID.in(inForce.keySet());
        if (filter.department() != null) {
            condition = condition.and(DEPARTMENT.CODE.eq(filter.department()));
        }
        if (filter.listType() != null) {
            condition = condition.and(LIST_VERSION.LIST_TYPE.eq(filter.listType().name()));
        }
        if (filter.powerType() != null) {
            condition = condition.and(LIST_ITEM.POWER_TYPE.eq(filter.powerType().name()));
        }
        if (filter.sector() != null) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(LIST_ITEM_SECTOR)
                    .where(LIST_ITEM_SECTOR.ITEM_ID.eq(LIST_ITEM.ID))
                    .and(LIST_ITEM_SECTOR.SECTOR_CODE.eq(filter.sector()))));
        }
        if (filter.area() != null) {
            condition = condition.and(AREA.CODE.eq(filter.area()));
        }
        if (filter.year() != null) {
            condition = condition.and(LIST_VERSION.LIST_YEAR.eq(filter.year()));
        }
        if (filter.from() != null) {
            condition = condition.and(LIST_VERSION.EFFECTIVE_DATE.ge(filter.from()));
        }
        if (filter.to() != null) {
            condition = condition.and(LIST_VERSION.EFFECTIVE_DATE.le(filter.to()));
        }
        return condition;
    }
}
