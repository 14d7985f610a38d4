package org.safetyportal.content.exports;

import static org.safetyportal.content.lists.ListType.ANNUAL_TASKS;
import static org.safetyportal.content.lists.ListType.POWER;
import static org.safetyportal.content.lists.ListType.RESPONSIBILITY;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.safetyportal.content.lists.ListType;

/**
 * Every field the exports carry, in the order they are written: the item fields (the columns of the
 * CSV and of the workbook's items sheet, the keys of each item in JSON; the same names and order as
 * {@code ListItem.fields()}), and the version fields (the workbook's about sheet, the JSON metadata).
 * Names and formats are data; their meanings are in the message bundles under {@code exports.field.*},
 * {@code exports.versionField.*} and {@code exports.format.*}.
 */
public final class DataDictionary {

    /** How a field's value is written. */
    public enum Format {
        ITEM_CODE,
        TEXT,
        PHONE,
        POWER_TYPE,
        SECTOR_CODES,
        DATE,
        TASK_STATUS,
        TASK_STANDING,
        DEPARTMENT_CODE,
        LOCALIZED_NAME,
        LIST_TYPE,
        YEAR,
        NUMBER,
        CHANGE_REASON,
        TIMESTAMP,
        LEDGER_SUBJECT,
        SHA256,
        INSPECTION_KIND,
        CREDIT_CODE,
        AREA_CODE,
        SECTOR_CODE,
        MONEY,
        RECTIFICATION_STATUS,
        BOOLEAN,
        INSPECTION_SUBJECT,
        FILTER,
        HAZARD_STATUS,
        HAZARD_SUBJECT,
        BLACKLIST_STATUS,
        BLACKLIST_SUBJECT,
        OVERSIGHT_KIND,
        ASSESSMENT_GRADE,
        RECTIFICATION_STATE,
        PARTY_TYPE,
        PARTY_CODE,
        DECIMAL,
        OVERSIGHT_SUBJECT,
        COMPLETENESS_STATE,
        SIGNER_ROLE,
        PROBLEM_SOURCE,
        PROBLEM_STATUS,
        ACCOUNTABILITY_MEASURE,
        RECTIFICATION_SUBJECT,
        ACTING_ROLE
    }

    /** One exported field: its name in every format, how it is written, and which list types fill it. */
    public record Field(String name, Format format, Set<ListType> usedBy) {

        public Field {
            usedBy = Set.copyOf(usedBy);
        }

        /** A field of a register's records, which no list type fills. */
        public Field(String name, Format format) {
            this(name, format, Set.of());
        }
    }

    /** Several values in one CSV or workbook cell, such as the sectors an item covers, are joined by this. */
    public static final String VALUE_SEPARATOR = ";";

    private static final Set<ListType> ALL = EnumSet.allOf(ListType.class);

    private static final List<Field> ITEM_FIELDS = List.of(
            new Field("code", Format.ITEM_CODE, ALL),
            new Field("title", Format.TEXT, ALL),
            new Field("powerType", Format.POWER_TYPE, EnumSet.of(POWER)),
            new Field("legalBasis", Format.TEXT, ALL),
            new Field("responsibleBody", Format.TEXT, ALL),
            new Field("stages", Format.TEXT, EnumSet.of(POWER)),
            new Field("accountability", Format.TEXT, EnumSet.of(POWER, RESPONSIBILITY)),
            new Field("supervisionPhone", Format.PHONE, EnumSet.of(POWER)),
            new Field("sectors", Format.SECTOR_CODES, ALL),
            new Field("measures", Format.TEXT, EnumSet.of(ANNUAL_TASKS)),
            new Field("deadline", Format.DATE, EnumSet.of(ANNUAL_TASKS)),
            new Field("cooperatingUnits", Format.TEXT, EnumSet.of(ANNUAL_TASKS)),
            new Field("taskStatus", Format.TASK_STATUS, EnumSet.of(ANNUAL_TASKS)),
            new Field("progress", Format.TEXT, EnumSet.of(ANNUAL_TASKS)));

    private static final List<Field> VERSION_FIELDS = List.of(
            new Field("department", Format.DEPARTMENT_CODE, ALL),
            new Field("departmentName", Format.LOCALIZED_NAME, ALL),
            new Field("listType", Format.LIST_TYPE, ALL),
            new Field("year", Format.YEAR, ALL),
            new Field("versionNo", Format.NUMBER, ALL),
            new Field("effectiveDate", Format.DATE, ALL),
            new Field("changeReason", Format.CHANGE_REASON, ALL),
            new Field("publishedAt", Format.TIMESTAMP, ALL),
            new Field("ledgerSubject", Format.LEDGER_SUBJECT, ALL),
            new Field("contentHash", Format.SHA256, ALL));

    private static final List<Field> ITEM_SET_FIELDS = List.of(
            new Field("department", Format.DEPARTMENT_CODE, ALL),
            new Field("listType", Format.LIST_TYPE, ALL),
            new Field("year", Format.YEAR, ALL),
            new Field("versionId", Format.NUMBER, ALL),
            new Field("versionNo", Format.NUMBER, ALL),
            new Field("effectiveDate", Format.DATE, ALL),
            new Field("contentHash", Format.SHA256, ALL));

    /** What a filtered export derives for each item on its day, after the item's fields. */
    private static final List<Field> ITEM_SET_DERIVED_FIELDS = List.of(
            new Field("taskStanding", Format.TASK_STANDING, EnumSet.of(ANNUAL_TASKS)));

    private static final Set<ListType> NO_LIST = Set.of();

    /** What the export of a filtered register says about itself (the workbook's about sheet, the JSON's top level). */
    private static final List<Field> REGISTER_EXPORT_FIELDS = List.of(
            new Field("filter", Format.FILTER, NO_LIST),
            new Field("generatedAt", Format.TIMESTAMP, NO_LIST),
            new Field("asOf", Format.DATE, NO_LIST),
            new Field("total", Format.NUMBER, NO_LIST));

    private DataDictionary() {
    }

    /** The same for every register's export: filter, generatedAt, asOf, total. */
    public static List<Field> registerExportFields() {
        return REGISTER_EXPORT_FIELDS;
    }

    public static List<Field> itemFields() {
        return ITEM_FIELDS;
    }

    public static List<Field> versionFields() {
        return VERSION_FIELDS;
    }

    /**
     * The fields a filtered export writes before each item's fields: the item's provenance, i.e. the
     * published version it belongs to and that version's content hash in the publication record.
     */
    public static List<Field> itemSetFields() {
        return ITEM_SET_FIELDS;
    }

    /**
     * The fields a filtered export writes after each item's fields, derived on the export's day (its
     * {@code asOf}) rather than published: an annual task's standing, {@code OVERDUE} once its deadline
     * has passed uncompleted.
     */
    public static List<Field> itemSetDerivedFields() {
        return ITEM_SET_DERIVED_FIELDS;
    }

    /** The item fields a list of this type fills, in export order. */
    public static List<Field> itemFields(ListType type) {
        return ITEM_FIELDS.stream().filter(field -> field.usedBy().contains(type)).toList();
    }

    static List<String> itemFieldNames() {
        return ITEM_FIELDS.stream().map(Field::name).toList();
    }
}
