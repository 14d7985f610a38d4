package org.safetyportal.portal.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.safetyportal.content.education.figures.CampaignFigures;
import org.safetyportal.content.education.figures.FigureCell;
import org.safetyportal.content.education.figures.PublicCampaignFigures;
import org.safetyportal.content.education.figures.PublicCampaignFigures.CampaignStanding;

/**
 * The campaign calendar and each campaign's newest published figures as open data. A suppressed cell carries
 * {@code "participants": null, "fewerThan": 5}; no name of a participant is ever part of the figures.
 */
@Controller("/api/v1")
class EducationCampaignsController {

    private static final int FEWER_THAN = 5;

    private final PublicCampaignFigures figures;

    EducationCampaignsController(PublicCampaignFigures figures) {
        this.figures = figures;
    }

    @Serdeable
    record CellJson(String key, int sessions, Integer participants, Integer fewerThan, Integer passRatePercent) {
        static CellJson of(FigureCell c) {
            return new CellJson(c.key(), c.sessions(), c.participants(), c.suppressed() ? FEWER_THAN : null, c.passRate());
        }
    }

    @Serdeable
    record FiguresJson(String starts, String ends, String publishedAt, String ledgerSubject, String contentHash,
            CellJson total, List<CellJson> byCounty, List<CellJson> byAudience) {
        static FiguresJson of(CampaignFigures f) {
            return new FiguresJson(f.starts().toString(), f.ends().toString(), f.publishedAt().toString(),
                    f.ledgerSubject(), f.contentHash(), f.total().map(CellJson::of).orElse(null),
                    f.byCounty().stream().map(CellJson::of).toList(), f.byAudience().stream().map(CellJson::of).toList());
        }
    }

    @Serdeable
    record CampaignJson(String code, String nameZh, String nameEn, String starts, String ends, boolean begun,
            String permalink, FiguresJson figures) {
        static CampaignJson of(CampaignStanding s) {
            return new CampaignJson(s.campaign().code(), s.campaign().name().zh(), s.campaign().name().en(),
                    s.dates().starts().toString(), s.dates().ends().toString(), s.begun(),
                    "/education/campaigns/" + s.campaign().code(), s.figures().map(FiguresJson::of).orElse(null));
        }
    }

    @Get("/education/campaigns")
    List<CampaignJson> campaigns() {
        return figures.campaigns().stream().map(CampaignJson::of).toList();
    }

    /** One campaign; a code the calendar does not hold is a 404. */
    @Get("/education/campaigns/{code}")
    CampaignJson campaign(@PathVariable String code) {
        return figures.campaign(code).map(CampaignJson::of).orElseThrow(ResourceNotFoundException::new);
    }
}
