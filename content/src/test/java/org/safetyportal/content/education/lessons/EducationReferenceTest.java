package org.safetyportal.content.education.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;

class EducationReferenceTest {

    private static final EducationReference REFERENCE = new EducationReference();

    @Test
    void theFiveAudiences_areReadFromTheSeed() {
        assertEquals(List.of("ENTERPRISE", "RURAL", "COMMUNITY", "SCHOOL", "FAMILY"),
                REFERENCE.audiences().stream().map(Audience::code).toList());
        assertTrue(REFERENCE.topic("FIRE").isPresent());
        assertTrue(REFERENCE.topic("fire").isEmpty());
    }

    @Test
    void inJune_theWorkSafetyMonthIsFeaturedAndRunning() {
        CampaignDates june = REFERENCE.featured(LocalDate.of(2027, 6, 10)).orElseThrow();

        assertEquals("WORK_SAFETY_MONTH", june.campaign().code());
        assertEquals(LocalDate.of(2027, 6, 1), june.starts());
        assertEquals(LocalDate.of(2027, 6, 30), june.ends());
        assertTrue(june.runsOn(LocalDate.of(2027, 6, 10)));
    }

    @Test
    void aCampaignDay_isFeaturedTwoWeeksAhead_overTheLongerSeasonAroundIt() {
        CampaignDates day = REFERENCE.featured(LocalDate.of(2027, 5, 1)).orElseThrow();

        assertEquals("DISASTER_PREVENTION_DAY", day.campaign().code());
        assertFalse(day.runsOn(LocalDate.of(2027, 5, 1)));
        assertEquals(LocalDate.of(2027, 5, 12), day.starts());
    }

    @Test
    void whenNothingRunsOrIsNear_theNextCampaignIsFeatured_inTheNextYear() {
        CampaignDates next = REFERENCE.featured(LocalDate.of(2026, 12, 2)).orElseThrow();

        assertEquals(LocalDate.of(2027, 4, 1), next.starts());
        assertFalse(next.runsOn(LocalDate.of(2026, 12, 2)));
    }

    @Test
    void aCampaignOverNewYear_endsTheYearAfterItStarts() {
        Campaign winter = new Campaign("WINTER", new LocalizedName("冬季", "Winter"), MonthDay.of(12, 15), MonthDay.of(1, 15),
                List.of());

        assertEquals(LocalDate.of(2026, 12, 15), winter.around(LocalDate.of(2027, 1, 10)).starts());
        assertEquals(LocalDate.of(2027, 1, 15), winter.around(LocalDate.of(2027, 1, 10)).ends());
        assertEquals(LocalDate.of(2027, 12, 15), winter.around(LocalDate.of(2027, 1, 16)).starts());
    }
}
