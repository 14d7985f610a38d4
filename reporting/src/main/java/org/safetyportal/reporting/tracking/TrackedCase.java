package org.safetyportal.reporting.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.reporting.cases.CaseClock;
import org.safetyportal.reporting.cases.RoutingBasis;
import org.safetyportal.reporting.intake.Township;
import org.safetyportal.reporting.rewards.RewardStatus;
import org.safetyportal.reporting.routing.RoutingRule;

/**
 * What the holder of a tracking code and PIN sees of a report: where it stands, who handles it and why
 * that department (the rule and the 责任清单 item), and the public steps; for a real-name report, the
 * reward once one is recorded; whether e-mail updates could not be delivered ({@code alertsUndelivered}: an alert
 * was given up after its attempts). Not the reporter's identity, nor the address.
 */
public record TrackedCase(String trackingCode, Sector sector, Area area, Township township, String address,
        String status, String outcome, LocalDate rectificationDeadline, Department department,
        Department routedDepartment, RoutingRule rule, RoutingBasis basis, Instant submittedAt, List<PublicStep> steps,
        CaseClock.Due due, boolean realName, RewardStatus reward, boolean alertsUndelivered) {

    /** By when the next decision (acceptance, then closure) is due; empty once the case is closed. */
    public Optional<CaseClock.Due> expected() {
        return Optional.ofNullable(due);
    }

    /** The reporter's reward, once a handler recorded one (only ever for a real-name report). */
    public Optional<RewardStatus> rewardOf() {
        return Optional.ofNullable(reward);
    }

    public Optional<RoutingBasis> routingBasis() {
        return Optional.ofNullable(basis);
    }

    public Optional<Township> townshipOf() {
        return Optional.ofNullable(township);
    }
}
