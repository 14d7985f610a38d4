package org.safetyportal.reporting.intake;

import org.safetyportal.content.LocalizedName;

/** A township or subdistrict (乡镇、街道) of a county, from the seed file. */
public record Township(String code, String areaCode, LocalizedName name) {
}
