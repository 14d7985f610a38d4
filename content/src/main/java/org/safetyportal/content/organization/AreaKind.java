package org.safetyportal.content.organization;

/** The city itself, or one of its county-level areas (县、市、区 and the development zone). */
public enum AreaKind {
    CITY,
    COUNTY
}
