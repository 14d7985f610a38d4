package org.safetyportal.content.blacklist;

import java.time.LocalDate;

/**
 * What a publisher enters to list an entity: who (enterprise, credit code, optionally the legally
 * responsible person), where, why (conduct, legal basis, the penalty decision it rests on), when,
 * and whom to contact to object (异议申诉).
 */
public record NewBlacklistEntry(int departmentId, String enterpriseName, String creditCode, String responsiblePerson,
        String areaCode, String sectorCode, String conduct, String legalBasis, String decisionNo, LocalDate listingDate,
        String objectionContact, String objectionPhone, String objectionChannel) {
}
