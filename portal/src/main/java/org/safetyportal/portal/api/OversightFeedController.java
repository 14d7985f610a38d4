package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.oversight.OversightPublication;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.content.oversight.OversightResult;
import org.safetyportal.i18n.Messages;

/** The Atom feed of 巡查/考核/督查 results and the rectification reports filed on them, dated as the ledger recorded them. */
@Controller("/feeds")
class OversightFeedController {

    private final OversightRegister oversight;
    private final PublicationLedger ledger;

    OversightFeedController(OversightRegister oversight, PublicationLedger ledger) {
        this.oversight = oversight;
        this.ledger = ledger;
    }

    @Get("/oversight.atom")
    HttpResponse<String> oversight(HttpRequest<?> request) {
        Locale locale = ApiLanguage.of(request);
        String base = AtomFeed.baseUrl(request);
        List<AtomFeedWriter.Entry> entries = oversight.recentPublications(AtomFeed.ENTRIES).stream()
                .map(p -> new AtomFeedWriter.Entry("urn:safety-portal:" + p.entry().subject(), title(locale, p),
                        base + "/oversight/" + p.result().resultCode(), p.entry().occurredAt(), summary(locale, p)))
                .toList();
        return AtomFeed.respond(request, locale, ledger.head(), "/feeds/oversight.atom", "/oversight",
                Messages.get(locale, "feeds.oversight.title"), entries);
    }

    private static String title(Locale locale, OversightPublication publication) {
        OversightResult result = publication.result();
        String what = publication.rectificationReport().isPresent()
                ? Messages.get(locale, "feeds.oversight.reported")
                : Messages.get(locale, "oversight.kind." + result.kind().name());
        return Messages.get(locale, "feeds.oversight.entry", result.inspectedParty().department().name().in(locale), what,
                result.resultCode());
    }

    private static String summary(Locale locale, OversightPublication publication) {
        OversightResult result = publication.result();
        return publication.rectificationReport()
                .map(report -> Messages.get(locale, "feeds.oversight.summary.report", report.reportDate().toString(),
                        report.summary(), publication.entry().contentHash()))
                .orElseGet(() -> Messages.get(locale, "feeds.oversight.summary.result",
                        result.conductingDepartment().name().in(locale), result.decisionDate().toString(), result.findings(),
                        publication.entry().contentHash()));
    }
}
