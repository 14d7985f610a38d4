package org.safetyportal.reporting.cases;

import java.time.LocalDate;

/**
 * What a member of staff does to a case: the action, and what it carries. {@code publicNote} is the
 * reason or note the reporter and the public read; {@code internalNote} stays with the staff.
 */
public record CaseCommand(String action, String outcome, LocalDate deadline, String publicNote, String internalNote,
        String departmentCode) {

    public static CaseCommand of(String action) {
        return new CaseCommand(action, null, null, null, null, null);
    }

    public CaseCommand withNote(String note) {
        return new CaseCommand(action, outcome, deadline, note, internalNote, departmentCode);
    }

    public CaseCommand withOutcome(String value) {
        return new CaseCommand(action, value, deadline, publicNote, internalNote, departmentCode);
    }

    public CaseCommand withDeadline(LocalDate date) {
        return new CaseCommand(action, outcome, date, publicNote, internalNote, departmentCode);
    }

    public CaseCommand withInternalNote(String note) {
        return new CaseCommand(action, outcome, deadline, publicNote, note, departmentCode);
    }

    public CaseCommand toDepartment(String code) {
        return new CaseCommand(action, outcome, deadline, publicNote, internalNote, code);
    }
}
