package org.safetyportal.content.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of an inspection result that a correction may set right: everything but the record
 * number, the inspecting department, the publication date and the rectification status (which
 * changes by status events). Area and sector by code.
 */
public record InspectionFacts(InspectionKind kind, String enterpriseName, String creditCode, String areaCode,
        String sectorCode, LocalDate inspectionDate, String findings, String violationBasis,
        String violationDescription, String measures, String decisionNo, BigDecimal fineAmount,
        LocalDate rectificationDeadline, LocalDate decisionDate) {

    /** One field that differs between two sets of facts, its values as text (null: no value). */
    public record Change(String field, String before, String after) {
    }

    public static InspectionFacts of(InspectionRecord r) {
        return new InspectionFacts(r.kind(), r.enterpriseName(), r.creditCode(), r.area().code(), r.sector().code(),
                r.inspectionDate(), r.findings(), r.violationBasis(), r.violationDescription(), r.measures(),
                r.decisionNo(), r.fineAmount(), r.rectificationDeadline(), r.decisionDate());
    }

    /** The fields by name, in the order of the exports. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", kind == null ? null : kind.name());
        fields.put("enterpriseName", enterpriseName);
        fields.put("creditCode", creditCode);
        fields.put("area", areaCode);
        fields.put("sector", sectorCode);
        fields.put("inspectionDate", text(inspectionDate));
        fields.put("findings", findings);
        fields.put("violationBasis", violationBasis);
        fields.put("violationDescription", violationDescription);
        fields.put("measures", measures);
        fields.put("decisionNo", decisionNo);
        fields.put("fineAmount", fineAmount == null ? null : fineAmount.setScale(2).toPlainString());
        fields.put("rectificationDeadline", text(rectificationDeadline));
        fields.put("decisionDate", text(decisionDate));
        return fields;
    }

    /** The fields whose value {@code after} changes, in field order; empty when they read the same. */
    public List<Change> changesTo(InspectionFacts after) {
        Map<String, String> mine = fields();
        Map<String, String> theirs = after.fields();
        List<Change> changes = new ArrayList<>();
        mine.forEach((name, value) -> {
            if (!Objects.equals(value, theirs.get(name))) {
                changes.add(new Change(name, value, theirs.get(name)));
            }
        });
        return changes;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
