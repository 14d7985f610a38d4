package org.safetyportal.reporting.duplicates;

/** What a visitor is about to report, as far as finding the same case needs: county, township (maybe none), sector, words. */
public record Draft(String areaCode, String townshipCode, String sectorCode, String description) {
}
