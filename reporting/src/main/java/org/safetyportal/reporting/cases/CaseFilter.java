package org.safetyportal.reporting.cases;

/** What a case queue shows: any field null means "any". */
public record CaseFilter(String status, String sectorCode, String areaCode, String departmentCode) {

    public static CaseFilter any() {
        return new CaseFilter(null, null, null, null);
    }
}
