package org.safetyportal.reporting.routing;

/**
 * Which rule placed a hazard report, in the order they are tried. The first two read the published
 * 责任清单; the last two are the fallback for sectors no list in force covers: the reference data's
 * mapping from a sector to the kind of department that supervises it.
 */
public enum RoutingRule {
    /** An item of the 责任清单 in force of a department of the hazard's county covers the sector. */
    COUNTY_RESPONSIBILITY_LIST(false),
    /** No county department's list covers the sector; an item of a city department's list does. */
    CITY_RESPONSIBILITY_LIST(true),
    /** No list covers the sector: the county's department of the supervising kind (reference data). */
    SUPERVISOR_MAPPING(false),
    /** No list covers the sector and the county has no department of the supervising kind: the city's. */
    SUPERVISOR_MAPPING_CITY(true);

    private final boolean escalatedToCity;

    RoutingRule(boolean escalatedToCity) {
        this.escalatedToCity = escalatedToCity;
    }

    public boolean escalatedToCity() {
        return escalatedToCity;
    }

    /** True when a published 责任清单 item justifies the routing. */
    public boolean fromResponsibilityList() {
        return this == COUNTY_RESPONSIBILITY_LIST || this == CITY_RESPONSIBILITY_LIST;
    }
}
