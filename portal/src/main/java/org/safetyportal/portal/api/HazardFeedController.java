package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.majorhazards.HazardPublication;
import org.safetyportal.content.majorhazards.MajorHazard;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.i18n.Messages;

/** The Atom feed of 重大隐患挂牌督办: each listing and each step to 验收销号, dated as the ledger recorded it. */
@Controller("/feeds")
class HazardFeedController {

    private final MajorHazardRegister hazards;
    private final PublicationLedger ledger;

    HazardFeedController(MajorHazardRegister hazards, PublicationLedger ledger) {
        this.hazards = hazards;
        this.ledger = ledger;
    }

    @Get("/hazards.atom")
    HttpResponse<String> hazards(HttpRequest<?> request) {
        Locale locale = ApiLanguage.of(request);
        String base = AtomFeed.baseUrl(request);
        List<AtomFeedWriter.Entry> entries = hazards.recentPublications(AtomFeed.ENTRIES).stream()
                .map(p -> new AtomFeedWriter.Entry("urn:safety-portal:" + p.entry().subject(), title(locale, p),
                        base + "/hazards/" + p.hazard().registerCode(), p.entry().occurredAt(), summary(locale, p)))
                .toList();
        return AtomFeed.respond(request, locale, ledger.head(), "/feeds/hazards.atom", "/hazards",
                Messages.get(locale, "feeds.hazards.title"), entries);
    }

    private static String title(Locale locale, HazardPublication publication) {
        MajorHazard hazard = publication.hazard();
        String what = publication.rectificationStep()
                .map(step -> Messages.get(locale, "hazards.status." + step.status().name()))
                .orElseGet(() -> Messages.get(locale, "feeds.hazards.listed"));
        return Messages.get(locale, "feeds.hazards.entry", hazard.enterpriseName(), what, hazard.registerCode());
    }

    private static String summary(Locale locale, HazardPublication publication) {
        MajorHazard hazard = publication.hazard();
        return publication.rectificationStep()
                .map(step -> Messages.get(locale, "feeds.hazards.summary.step", step.date().toString(),
                        step.note() == null ? "" : step.note(), publication.entry().contentHash()))
                .orElseGet(() -> Messages.get(locale, "feeds.hazards.summary.listed", hazard.department().name().in(locale),
                        hazard.description(), hazard.deadline().toString(), publication.entry().contentHash()));
    }
}
