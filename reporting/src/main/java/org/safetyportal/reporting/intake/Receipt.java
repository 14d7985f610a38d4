package org.safetyportal.reporting.intake;

import org.safetyportal.reporting.cases.HazardCase;

/**
 * What the reporter takes away once the report is stored: the tracking code and the PIN (the PIN is
 * shown this once and kept only as a hash), and the case as it was routed.
 */
public record Receipt(String trackingCode, String pin, HazardCase hazardCase) {

    public String formattedCode() {
        return TrackingCode.formatted(trackingCode);
    }

    @Override
    public String toString() {
        return "Receipt[" + trackingCode + ", case " + hazardCase.id() + "]";
    }
}
