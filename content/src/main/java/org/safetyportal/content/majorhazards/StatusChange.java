package org.safetyportal.content.majorhazards;

import java.time.LocalDate;

/**
 * One step of a listed hazard: the new status, the day it happened and what was done. Closing
 * (验收销号) also names the official who signed the acceptance and their unit.
 */
public record StatusChange(HazardStatus status, LocalDate date, String note, String signedOffBy, String signedOffUnit) {

    public static StatusChange progress(HazardStatus status, LocalDate date, String note) {
        return new StatusChange(status, date, note, null, null);
    }
}
