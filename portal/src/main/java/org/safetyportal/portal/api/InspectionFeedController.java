package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.inspection.InspectionEvent;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.i18n.Messages;

/** The Atom feed of inspection results, their corrections and their rectification-status changes. */
@Controller("/feeds")
class InspectionFeedController {

    private final InspectionRegister inspections;
    private final PublicationLedger ledger;

    InspectionFeedController(InspectionRegister inspections, PublicationLedger ledger) {
        this.inspections = inspections;
        this.ledger = ledger;
    }

    @Get("/inspections.atom")
    HttpResponse<String> inspections(HttpRequest<?> request) {
        Locale locale = ApiLanguage.of(request);
        String base = AtomFeed.baseUrl(request);
        List<AtomFeedWriter.Entry> entries = inspections.latestEvents(AtomFeed.ENTRIES).stream().map(e -> new AtomFeedWriter.Entry(
                "urn:safety-portal:" + e.ledgerSubject(),
                Messages.get(locale, "feeds.inspections.entry." + e.type().name(), e.enterpriseName(), e.recordCode()),
                base + "/inspections/" + e.recordCode(),
                e.publishedAt(),
                Messages.get(locale, "feeds.inspections.summary." + e.type().name(), detail(locale, e), e.contentHash())))
                .toList();
        return AtomFeed.respond(request, locale, ledger.head(), "/feeds/inspections.atom", "/inspections",
                Messages.get(locale, "feeds.inspections.title"), entries);
    }

    private static String detail(Locale locale, InspectionEvent event) {
        if (event.type() == InspectionEvent.Type.STATUS_CHANGED) {
            return Messages.get(locale, "inspections.rectification." + event.detail());
        }
        return event.detail() == null ? "" : event.detail();
    }
}
