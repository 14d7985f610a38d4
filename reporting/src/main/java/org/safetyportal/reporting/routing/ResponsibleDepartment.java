package org.safetyportal.reporting.routing;

import java.util.Optional;
import org.safetyportal.content.lists.PublishedItem;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;

/**
 * Where a hazard in one sector and county goes, by which rule, and, when a 责任清单 decided it, the
 * published item (with its version: id, number, content hash) that did, so that a citizen can be
 * shown that the report was routed because of item X of department Y's 责任清单.
 */
public record ResponsibleDepartment(Sector sector, Area area, Department department, RoutingRule rule,
        PublishedItem basis) {

    /** True when a hazard in a county goes to a city department because none of the county's took it. */
    public boolean escalatedToCity() {
        return rule.escalatedToCity() && area.kind() == AreaKind.COUNTY;
    }

    /** The 责任清单 item that justifies the routing; empty for the fallback rules. */
    public Optional<PublishedItem> justification() {
        return Optional.ofNullable(basis);
    }
}
