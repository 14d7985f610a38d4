package org.safetyportal.content.inspection;

import java.time.LocalDate;

/**
 * A public search of inspection results; every part is optional (null: not narrowed). County,
 * sector, dates and kind are matched against the values in force (a correction's, if any); dates
 * are inspection dates, inclusive; status is the current one, OVERDUE included.
 */
public record InspectionFilter(String areaCode, String sectorCode, Integer departmentId, LocalDate from, LocalDate to,
        InspectionKind kind, RectificationStatus status) {

    public InspectionFilter(String areaCode, String sectorCode, Integer departmentId, LocalDate from, LocalDate to) {
        this(areaCode, sectorCode, departmentId, from, to, null, null);
    }

    public static InspectionFilter all() {
        return new InspectionFilter(null, null, null, null, null, null, null);
    }
}
