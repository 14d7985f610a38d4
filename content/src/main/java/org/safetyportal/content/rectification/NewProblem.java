package org.safetyportal.content.rectification;

import java.time.LocalDate;

/**
 * A problem as the recording department's publisher enters it. The major hazard (挂牌督办 register code),
 * inspection record and oversight result it came from are each optional.
 */
public record NewProblem(String problemCode, int departmentId, ProblemSource source, String campaign,
        String inspectedParty, String areaCode, String description, String measures, String responsibleUnit,
        LocalDate foundDate, LocalDate deadline, String hazardCode, String inspectionCode, String oversightCode) {
}
