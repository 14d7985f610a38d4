package org.safetyportal.content.rectification;

import java.time.LocalDate;

/**
 * An accountability decision as the recording department's publisher enters it: the unit and the post
 * held to account (never a person's name), for a problem of the 问题整改清单 and/or a major hazard.
 */
public record NewAccountability(String decisionCode, int departmentId, String heldUnit, String heldPost,
        AccountabilityMeasure measure, String reason, String decidedBy, LocalDate decisionDate, String problemCode,
        String hazardCode) {
}
