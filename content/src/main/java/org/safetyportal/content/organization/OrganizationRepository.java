package org.safetyportal.content.organization;

import static org.safetyportal.content.internal.jooq.Tables.AREA;
import static org.safetyportal.content.internal.jooq.Tables.DEPARTMENT;
import static org.safetyportal.content.internal.jooq.Tables.DEPARTMENT_TYPE;
import static org.safetyportal.content.internal.jooq.Tables.SECTOR;

import jakarta.inject.Singleton;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.internal.jooq.tables.records.AreaRecord;
import org.safetyportal.content.internal.jooq.tables.records.SectorRecord;

@Singleton
class OrganizationRepository {

    private final DSLContext dsl;

    OrganizationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Area> areas() {
        return dsl.selectFrom(AREA).orderBy(AREA.SORT_ORDER).fetch(OrganizationRepository::toArea);
    }

    List<Department> departments() {
        return dsl.select(DEPARTMENT.fields()).select(AREA.fields())
                .from(DEPARTMENT).join(AREA).on(AREA.ID.eq(DEPARTMENT.AREA_ID))
                .orderBy(AREA.SORT_ORDER, DEPARTMENT.SORT_ORDER)
                .fetch(OrganizationRepository::toDepartment);
    }

    List<Sector> sectors() {
        return dsl.selectFrom(SECTOR).orderBy(SECTOR.SORT_ORDER).fetch(OrganizationRepository::toSector);
    }

    int countDepartmentTypes() {
        return dsl.fetchCount(DEPARTMENT_TYPE);
    }

    private static Area toArea(AreaRecord r) {
        return new Area(r.getId(), r.getCode(), AreaKind.valueOf(r.getKind()), new LocalizedName(r.getNameZh(), r.getNameEn()));
    }

    private static Department toDepartment(Record r) {
        Area area = toArea(r.into(AREA));
        return new Department(r.get(DEPARTMENT.ID), r.get(DEPARTMENT.CODE), r.get(DEPARTMENT.TYPE_CODE), area,
                new LocalizedName(r.get(DEPARTMENT.NAME_ZH), r.get(DEPARTMENT.NAME_EN)));
    }

    private static Sector toSector(SectorRecord r) {
        return new Sector(r.getCode(), SectorKind.valueOf(r.getKind()),
                new LocalizedName(r.getNameZh(), r.getNameEn()), r.getSupervisorTypeCode());
    }
}
