package org.safetyportal.content.organization;

import static org.safetyportal.content.internal.jooq.Tables.AREA;
import static org.safetyportal.content.internal.jooq.Tables.DEPARTMENT;
import static org.safetyportal.content.internal.jooq.Tables.DEPARTMENT_TYPE;
import static org.safetyportal.content.internal.jooq.Tables.SECTOR;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.safetyportal.content.seed.SeedTable;

/**
 * Loads the city's reference data from the seed files under {@code seed/organization/}. Rows are
 * matched by code, so a second start (or a corrected seed file) updates names in place and never
 * duplicates a row; ids, which other tables point at, stay put.
 */
@Singleton
public class ReferenceDataLoader {

    static final String AREAS = "seed/organization/areas.tsv";
    static final String DEPARTMENT_TYPES = "seed/organization/department_types.tsv";
    static final String SECTORS = "seed/organization/sectors.tsv";

    private final DSLContext dsl;
    private final OrganizationDirectory directory;

    ReferenceDataLoader(DSLContext dsl, OrganizationDirectory directory) {
        this.dsl = dsl;
        this.directory = directory;
    }

    public record Summary(int areas, int departmentTypes, int departments, int sectors) {
    }

    public Summary load() {
        List<Map<String, String>> areas = SeedTable.read(AREAS).rows();
        List<Map<String, String>> types = SeedTable.read(DEPARTMENT_TYPES).rows();
        List<Map<String, String>> sectors = SeedTable.read(SECTORS).rows();
        Summary summary = dsl.transactionResult(() -> {
            upsertAreas(dsl, areas);
            upsertDepartmentTypes(dsl, types);
            int departments = upsertDepartments(dsl, areas, types);
            upsertSectors(dsl, sectors);
            return new Summary(areas.size(), types.size(), departments, sectors.size());
        });
        // After the commit, so that the directory's snapshot holds what was just written.
        directory.reload();
        return summary;
    }

    private static void upsertAreas(DSLContext tx, List<Map<String, String>> rows) {
        int order = 0;
        for (Map<String, String> row : rows) {
            order += 10;
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            values.put(AREA.KIND, AreaKind.valueOf(row.get("kind")).name());
            values.put(AREA.NAME_ZH, row.get("name_zh"));
            values.put(AREA.NAME_EN, row.get("name_en"));
            values.put(AREA.SORT_ORDER, order);
            upsert(tx, AREA, AREA.CODE, row.get("code"), values);
        }
    }

    private static void upsertDepartmentTypes(DSLContext tx, List<Map<String, String>> rows) {
        int order = 0;
        for (Map<String, String> row : rows) {
            order += 10;
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            values.put(DEPARTMENT_TYPE.CITY_NAME_ZH, row.get("city_name_zh"));
            values.put(DEPARTMENT_TYPE.CITY_NAME_EN, row.get("city_name_en"));
            values.put(DEPARTMENT_TYPE.COUNTY_NAME_ZH, blankToNull(row.get("county_name_zh")));
            values.put(DEPARTMENT_TYPE.COUNTY_NAME_EN, blankToNull(row.get("county_name_en")));
            values.put(DEPARTMENT_TYPE.SORT_ORDER, order);
            upsert(tx, DEPARTMENT_TYPE, DEPARTMENT_TYPE.CODE, row.get("code"), values);
        }
    }

    /** Every area gets its counterpart of every kind of department that exists at its level. */
    private static int upsertDepartments(DSLContext tx, List<Map<String, String>> areas, List<Map<String, String>> types) {
        int count = 0;
        for (Map<String, String> area : areas) {
            boolean city = AreaKind.valueOf(area.get("kind")) == AreaKind.CITY;
            int areaId = tx.select(AREA.ID).from(AREA).where(AREA.CODE.eq(area.get("code"))).fetchSingle(AREA.ID);
            int order = 0;
            for (Map<String, String> type : types) {
                order += 10;
                String zh = city ? type.get("city_name_zh") : type.get("county_name_zh");
                String en = city ? type.get("city_name_en") : type.get("county_name_en");
                if (zh.isBlank()) {
                    continue;
                }
                boolean government = Department.GOVERNMENT.equals(type.get("code"));
                Map<Field<?>, Object> values = new LinkedHashMap<>();
                values.put(DEPARTMENT.TYPE_CODE, type.get("code"));
                values.put(DEPARTMENT.AREA_ID, areaId);
                values.put(DEPARTMENT.NAME_ZH, government ? governmentName(area, "government_zh") : area.get("name_zh") + zh);
                values.put(DEPARTMENT.NAME_EN, government ? governmentName(area, "government_en") : area.get("name_en") + " " + en);
                values.put(DEPARTMENT.SORT_ORDER, order);
                upsert(tx, DEPARTMENT, DEPARTMENT.CODE, area.get("code") + "-" + type.get("code"), values);
                count++;
            }
        }
        return count;
    }

    /**
     * An area's government is named in full in the areas file, not composed from the area's name: the
     * development zone is run by an administrative committee, not a people's government.
     */
    private static String governmentName(Map<String, String> area, String column) {
        String name = area.get(column);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException(AREAS + " gives no " + column + " for area " + area.get("code"));
        }
        return name;
    }

    private static void upsertSectors(DSLContext tx, List<Map<String, String>> rows) {
        int order = 0;
        for (Map<String, String> row : rows) {
            order += 10;
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            values.put(SECTOR.KIND, SectorKind.valueOf(row.get("kind")).name());
            values.put(SECTOR.NAME_ZH, row.get("name_zh"));
            values.put(SECTOR.NAME_EN, row.get("name_en"));
            values.put(SECTOR.SUPERVISOR_TYPE_CODE, row.get("supervisor_type_code"));
            values.put(SECTOR.SORT_ORDER, order);
            upsert(tx, SECTOR, SECTOR.CODE, row.get("code"), values);
        }
    }

    private static void upsert(DSLContext tx, Table<?> table, Field<String> code, String codeValue,
            Map<Field<?>, Object> values) {
        int updated = tx.update(table).set(values).where(code.eq(codeValue)).execute();
        if (updated == 0) {
            Map<Field<?>, Object> row = new LinkedHashMap<>(values);
            row.put(code, codeValue);
            tx.insertInto(table).set(row).execute();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
