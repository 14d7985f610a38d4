package org.safetyportal.content.education.figures;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.lessons.Audience;
import org.safetyportal.content.education.lessons.Campaign;
import org.safetyportal.content.education.lessons.CampaignDates;
import org.safetyportal.content.education.lessons.EducationReference;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.publishing.PublicationKind;
import org.safetyportal.content.publishing.PublicationRecorder;

/**
 * Publishes a snapshot of a campaign's participation through the ledger: the newest holding of the campaign that
 * has begun (the running one, else last year's), counted from the sessions that opened on its days, aggregated and
 * suppressed before anything is stored. Session leaders and education staff publish; their rights are read at the
 * moment of publishing.
 */
@Singleton
public class CampaignFiguresPublishing {

    public static final String LEDGER_EVENT = "campaign-figures.published";
    static final PublicationKind PUBLISHED = new PublicationKind(LEDGER_EVENT, CampaignFiguresContentSource.PREFIX,
            "campaignFigures.published");

    private final CampaignFiguresRepository repository;
    private final PublicationRecorder recorder;
    private final EducationReference reference;
    private final OrganizationDirectory directory;
    private final CityClock clock;

    CampaignFiguresPublishing(CampaignFiguresRepository repository, PublicationRecorder recorder,
            EducationReference reference, OrganizationDirectory directory, CityClock clock) {
        this.repository = repository;
        this.recorder = recorder;
        this.reference = reference;
        this.directory = directory;
        this.clock = clock;
    }

    /** What a snapshot holds before it is stored. */
    record Snapshot(String campaignCode, LocalDate starts, LocalDate ends, List<FigureCell> cells) {
    }

    /** Whether this actor may publish figures at all (for showing the action; publishing checks again). */
    public static boolean mayPublish(Actor actor) {
        return actor.isPermitted(Permissions.RUN_SESSIONS) || actor.isPermitted(Permissions.EDIT_LESSONS);
    }

    /** The newest holding of the campaign that has begun by {@code today}. */
    public static CampaignDates latestBegun(Campaign campaign, LocalDate today) {
        CampaignDates dates = campaign.around(today);
        return dates.starts().isAfter(today)
                ? new CampaignDates(campaign, dates.starts().minusYears(1), dates.ends().minusYears(1))
                : dates;
    }

    public CampaignFigures publish(Actor actor, String campaignCode) {
        Campaign campaign = reference.campaigns().stream().filter(c -> c.code().equals(campaignCode)).findFirst()
                .orElseThrow(() -> new ValidationException("education.figures.unknownCampaign"));
        return recorder.inTransaction(actor, recording -> {
            if (!mayPublish(recording.actor())) {
                throw new AccessDeniedException(Permissions.RUN_SESSIONS);
            }
            recording.takeTurn();
            CampaignDates dates = latestBegun(campaign, clock.dateOf(recording.now()));
            if (repository.exists(campaign.code(), dates.starts(), recording.now())) {
                throw new ValidationException("education.figures.justPublished");
            }
            Snapshot snapshot = count(dates);
            String by = recording.actor().username();
            String canonical = CampaignFiguresContentSource.canonical(snapshot.campaignCode(), snapshot.starts(),
                    snapshot.ends(), by, snapshot.cells());
            int id = recording.publish(PUBLISHED, canonical,
                    (at, hash) -> repository.insert(snapshot, by, at, hash), campaign.code() + " " + dates.starts());
            return repository.byId(id).orElseThrow();
        });
    }

    private Snapshot count(CampaignDates dates) {
        var from = clock.startOf(dates.starts());
        var until = clock.startOf(dates.ends().plusDays(1));
        List<FigureCell> cells = CampaignFigureTally.cells(repository.sessions(from, until),
                repository.participants(from, until), directory.counties().stream().map(Area::code).toList(),
                reference.audiences().stream().map(Audience::code).toList());
        return new Snapshot(dates.campaign().code(), dates.starts(), dates.ends(), cells);
    }
}
