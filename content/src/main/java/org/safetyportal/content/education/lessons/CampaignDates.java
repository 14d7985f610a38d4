package org.safetyportal.content.education.lessons;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One year's holding of a campaign, from its first to its last day (both included). */
public record CampaignDates(Campaign campaign, LocalDate starts, LocalDate ends) {

    /** Lessons of a campaign are featured this many days before it starts, so that a class can prepare for the day. */
    public static final int FEATURED_DAYS_BEFORE = 14;

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(starts) && !day.isAfter(ends);
    }

    public boolean featuredOn(LocalDate day) {
        return !day.isBefore(starts.minusDays(FEATURED_DAYS_BEFORE)) && !day.isAfter(ends);
    }

    public long days() {
        return ChronoUnit.DAYS.between(starts, ends) + 1;
    }
}
