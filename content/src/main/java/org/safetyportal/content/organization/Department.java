package org.safetyportal.content.organization;

import org.safetyportal.content.LocalizedName;

/**
 * A department with safety duties in one area: the city's, or a county's counterpart of it. The area's
 * government is one too ({@link #GOVERNMENT}): it publishes the 党政领导干部 responsibility list and
 * conducts 巡查/考核/督查, but it is not a sector's supervisor, so hazard reports are never routed to it.
 */
public record Department(int id, String code, String typeCode, Area area, LocalizedName name) {

    /** The type code of an area's people's government (or the development zone's administrative committee). */
    public static final String GOVERNMENT = "GOVERNMENT";

    public boolean isGovernment() {
        return GOVERNMENT.equals(typeCode);
    }
}
