package org.safetyportal.reporting.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.reporting.routing.RoutingRule;

/**
 * A citizen's hazard report and where its case stands. The reporter's identity is not part of it:
 * only {@code realName} says whether one is sealed away.
 */
public record HazardCase(int id, String trackingCode, Sector sector, Area area, String townshipCode, String address,
        BigDecimal latitude, BigDecimal longitude, String enterpriseName, String creditCode, String description,
        boolean realName, Department routedDepartment, RoutingRule rule, RoutingBasis basis, Department department,
        String status, String outcome, LocalDate rectificationDeadline, String verificationRequestedBy,
        Instant submittedAt, Instant updatedAt) {

    public Optional<RoutingBasis> routingBasis() {
        return Optional.ofNullable(basis);
    }
}
