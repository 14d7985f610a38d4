package org.safetyportal.content.majorhazards;

import java.time.LocalDate;

/**
 * One step of a listed hazard: the new status, the day it happened and what was done. Closing
 * (验收销号) also names the official who signed the acceptance, their unit and the role they signed in
 * (the notice allows only 政府分管领导 or 部门主要领导).
 */
public record StatusChange(HazardStatus status, LocalDate date, String note, String signedOffBy, String signedOffUnit,
        SignerRole signerRole) {

    public static StatusChange progress(HazardStatus status, LocalDate date, String note) {
        return new StatusChange(status, date, note, null, null, null);
    }
}
