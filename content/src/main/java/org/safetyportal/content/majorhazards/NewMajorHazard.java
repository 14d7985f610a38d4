package org.safetyportal.content.majorhazards;

import java.time.LocalDate;

/** A major hazard as the listing department's publisher enters it. */
public record NewMajorHazard(String registerCode, int departmentId, String description, String enterpriseName,
        String creditCode, String areaCode, String sectorCode, LocalDate listingDate, LocalDate deadline,
        FiveImplementations fiveImplementations) {
}
