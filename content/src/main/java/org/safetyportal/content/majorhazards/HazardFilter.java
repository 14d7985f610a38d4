package org.safetyportal.content.majorhazards;

/**
 * A public search of the register; every part is optional (null: not narrowed). {@code status} is a
 * {@link HazardStatus} name or {@link #OVERDUE}; {@code year} is the year of listing.
 */
public record HazardFilter(String areaCode, String sectorCode, Integer departmentId, String status, Integer year) {

    public static final String OVERDUE = "OVERDUE";

    public static HazardFilter all() {
        return new HazardFilter(null, null, null, null, null);
    }
}
