package org.safetyportal.content.majorhazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;

/**
 * A listed major hazard with its whole history, oldest step first. {@code overdue} was computed
 * when the hazard was read: the deadline has passed and it is not closed.
 */
public record MajorHazard(int id, String registerCode, Department department, String description,
        String enterpriseName, String creditCode, Area area, Sector sector, LocalDate listingDate, LocalDate deadline,
        FiveImplementations fiveImplementations, String listedBy, Instant listedAt, String contentHash,
        List<HazardEvent> history, boolean overdue) {

    public MajorHazard {
        history = List.copyOf(history);
    }

    /** The status of the latest step, LISTED before the first. */
    public HazardStatus status() {
        return history.isEmpty() ? HazardStatus.LISTED : history.get(history.size() - 1).status();
    }

    /** The acceptance sign-off (验收销号), once closed. */
    public Optional<HazardEvent> closing() {
        return history.stream().filter(e -> e.status() == HazardStatus.CLOSED).findFirst();
    }

    /** The referral for investigation 比照生产安全事故调查, once made: its note is the reason. */
    public Optional<HazardEvent> investigation() {
        return history.stream().filter(e -> e.status() == HazardStatus.REFERRED_FOR_INVESTIGATION).findFirst();
    }

    /** The day of the latest step, or the listing date. */
    public LocalDate lastDate() {
        return history.isEmpty() ? listingDate : history.get(history.size() - 1).date();
    }

    /** Whether the deadline has passed on the given day without the hazard being closed. */
    public static boolean isOverdue(HazardStatus status, LocalDate deadline, LocalDate today) {
        return status != HazardStatus.CLOSED && today.isAfter(deadline);
    }

    /**
     * Whoever listed the hazard or recorded a step of its rectification (any step not taken from
     * "rectified, awaiting acceptance"): four eyes, none of them may accept it.
     */
    public Set<String> rectifiers() {
        Set<String> rectifiers = new TreeSet<>();
        rectifiers.add(listedBy);
        HazardStatus before = HazardStatus.LISTED;
        for (HazardEvent event : history) {
            if (!HazardStatus.isAcceptanceStep(before)) {
                rectifiers.add(event.recordedBy());
            }
            before = event.status();
        }
        return rectifiers;
    }

    /** The name this listing has in the publication ledger. */
    public String ledgerSubject() {
        return MajorHazardContentSource.PREFIX + id;
    }
}
