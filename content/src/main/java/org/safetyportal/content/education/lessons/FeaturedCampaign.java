package org.safetyportal.content.education.lessons;

import java.util.List;

/** The campaign featured today, its dates this year, whether it is running, and the lessons on its topics. */
public record FeaturedCampaign(CampaignDates dates, boolean running, List<Lesson> lessons) {

    public FeaturedCampaign {
        lessons = List.copyOf(lessons);
    }
}
