package org.safetyportal.reporting.publiccases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.reporting.cases.CaseActions;
import org.safetyportal.reporting.cases.CaseClock;
import org.safetyportal.reporting.cases.RoutingBasis;
import org.safetyportal.reporting.intake.Township;
import org.safetyportal.reporting.routing.RoutingRule;

/**
 * A citizen's report as the public sees it, rebuilt from its published steps: the category, county and
 * township, who handles it and why, where it stands and every public step. Never the reporter, the
 * reporter's own words, the address, coordinates, photos, internal notes or members of staff.
 */
public record PublicCase(String number, int caseId, Sector sector, Area area, Township township,
        Department routedDepartment, RoutingRule rule, RoutingBasis basis, Department department, String status,
        boolean open, String outcome, LocalDate rectificationDeadline, Instant receivedAt, List<PublicCaseStep> steps,
        CaseClock.Due due) {

    public Optional<Township> townshipOf() {
        return Optional.ofNullable(township);
    }

    /** What the case waits for and by when; empty once closed. */
    public Optional<CaseClock.Due> dueOf() {
        return Optional.ofNullable(due);
    }

    public boolean overdue() {
        return due != null && due.overdue();
    }

    /** How many visitors said "this is the same", each a published step of the case. */
    public int supports() {
        return (int) steps.stream().filter(s -> CaseActions.SUPPORT.equals(s.action())).count();
    }

    /** The case in words as published: the public notes of its steps in order, empty when none was written. */
    public String publicSummary() {
        return steps.stream().map(PublicCaseStep::publicNote).filter(n -> n != null && !n.isBlank())
                .collect(Collectors.joining("\n"));
    }

    public Instant updatedAt() {
        return steps.get(steps.size() - 1).at();
    }
}
