package org.safetyportal.content.inspection;

import java.time.LocalDate;

/** A public search of inspection results; every part is optional (null: not narrowed). Dates are inspection dates, inclusive. */
public record InspectionFilter(String areaCode, String sectorCode, Integer departmentId, LocalDate from, LocalDate to) {

    public static InspectionFilter all() {
        return new InspectionFilter(null, null, null, null, null);
    }
}
