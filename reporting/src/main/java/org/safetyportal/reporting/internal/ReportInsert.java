package org.safetyportal.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.safetyportal.reporting.cases.RoutingBasis;

/** The columns of a new report as intake writes them. */
public record ReportInsert(String trackingCode, String pinHash, String sectorCode, String areaCode,
        String townshipCode, String address, BigDecimal latitude, BigDecimal longitude, String enterpriseName,
        String creditCode, String description, boolean realName, String routedDepartmentCode, String routingRule,
        RoutingBasis basis, String status, Instant submittedAt) {
}
