package org.safetyportal.content.organization;

import org.safetyportal.content.LocalizedName;

/** A department with safety duties in one area: the city's, or a county's counterpart of it. */
public record Department(int id, String code, String typeCode, Area area, LocalizedName name) {
}
