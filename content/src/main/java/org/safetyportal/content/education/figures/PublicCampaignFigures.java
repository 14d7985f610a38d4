package org.safetyportal.content.education.figures;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.lessons.Campaign;
import org.safetyportal.content.education.lessons.CampaignDates;
import org.safetyportal.content.education.lessons.EducationReference;
import org.safetyportal.content.ledger.PerHeadCache;
import org.safetyportal.content.ledger.PublicationHead;

/**
 * The campaign calendar with each campaign's newest published figures, as the public reads it. The snapshots
 * change only when the ledger grows, so they are read once per ledger head and served from memory.
 */
@Singleton
public class PublicCampaignFigures {

    private final CampaignFiguresRepository repository;
    private final EducationReference reference;
    private final CityClock clock;
    private final PerHeadCache<String, Map<String, CampaignFigures>> newest;

    PublicCampaignFigures(CampaignFiguresRepository repository, EducationReference reference, CityClock clock,
            PublicationHead head) {
        this.repository = repository;
        this.reference = reference;
        this.clock = clock;
        this.newest = new PerHeadCache<>(head, 4);
    }

    /**
     * One campaign of the calendar: its coming or running days, whether it has begun this time, and the newest
     * published figures of it, if any.
     */
    public record CampaignStanding(Campaign campaign, CampaignDates dates, boolean begun,
            Optional<CampaignFigures> figures) {
    }

    public List<CampaignStanding> campaigns() {
        Map<String, CampaignFigures> published = newest.get("all", k -> Map.copyOf(repository.newestByCampaign()));
        var today = clock.today();
        return reference.campaigns().stream().map(c -> {
            CampaignDates dates = c.around(today);
            return new CampaignStanding(c, dates, !dates.starts().isAfter(today),
                    Optional.ofNullable(published.get(c.code())));
        }).toList();
    }

    /** One campaign by its code; empty for a code the calendar does not hold. */
    public Optional<CampaignStanding> campaign(String code) {
        return campaigns().stream().filter(s -> s.campaign().code().equals(code)).findFirst();
    }
}
