package org.safetyportal.reporting.intake;

import java.math.BigDecimal;
import org.safetyportal.reporting.identity.ReporterIdentity;

/**
 * A report as the citizen filled it in. {@code reporter} is null for an anonymous report; a real-name
 * report needs {@code consent}, the reporter's agreement to the handling of the identity as the form says.
 */
public record NewReport(String sectorCode, String areaCode, String townshipCode, String address, BigDecimal latitude,
        BigDecimal longitude, String enterpriseName, String creditCode, String description, ReporterIdentity reporter,
        boolean consent) {

    public boolean anonymous() {
        return reporter == null;
    }
}
