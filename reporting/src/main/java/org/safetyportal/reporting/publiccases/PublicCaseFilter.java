package org.safetyportal.reporting.publiccases;

/** The public register's filter: county, sector, status and responsible department by code; null for all. */
public record PublicCaseFilter(String areaCode, String sectorCode, String status, String departmentCode) {

    public static PublicCaseFilter all() {
        return new PublicCaseFilter(null, null, null, null);
    }

    boolean matches(PublicCase c) {
        return (areaCode == null || areaCode.equals(c.area().code()))
                && (sectorCode == null || sectorCode.equals(c.sector().code()))
                && (status == null || status.equals(c.status()))
                && (departmentCode == null || departmentCode.equals(c.department().code()));
    }
}
