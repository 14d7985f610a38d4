package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.i18n.Messages;
import org.safetyportal.reporting.publiccases.PublicCaseFilter;
import org.safetyportal.reporting.publiccases.PublicCases;

/**
 * Atom feeds of the public steps of citizens' reports, for the city and per county, sector and responsible
 * department: each step as the ledger recorded it, linking to the case's public page. Never who reported
 * it, the reporter's words, the address, or the member of staff who acted.
 */
@Controller("/feeds")
class CaseFeedController {

    private final PublicCases cases;
    private final OrganizationDirectory organization;
    private final PublicationLedger ledger;

    CaseFeedController(PublicCases cases, OrganizationDirectory organization, PublicationLedger ledger) {
        this.cases = cases;
        this.organization = organization;
        this.ledger = ledger;
    }

    @Get("/cases.atom")
    HttpResponse<String> city(HttpRequest<?> request) {
        Locale locale = ApiLanguage.of(request);
        return feed(request, "/feeds/cases.atom", "/cases", Messages.get(locale, "feeds.cases.title"),
                PublicCaseFilter.all());
    }

    @Get("/cases/areas/{code}.atom")
    HttpResponse<String> area(HttpRequest<?> request, @PathVariable String code) {
        Locale locale = ApiLanguage.of(request);
        String name = organization.area(code).map(a -> a.name().in(locale)).orElseThrow(ResourceNotFoundException::new);
        return feed(request, "/feeds/cases/areas/" + code + ".atom", "/cases?area=" + code,
                Messages.get(locale, "feeds.cases.of", name), new PublicCaseFilter(code, null, null, null));
    }

    @Get("/cases/sectors/{code}.atom")
    HttpResponse<String> sector(HttpRequest<?> request, @PathVariable String code) {
        Locale locale = ApiLanguage.of(request);
        String name = organization.sector(code).map(s -> s.name().in(locale)).orElseThrow(ResourceNotFoundException::new);
        return feed(request, "/feeds/cases/sectors/" + code + ".atom", "/cases?sector=" + code,
                Messages.get(locale, "feeds.cases.of", name), new PublicCaseFilter(null, code, null, null));
    }

    @Get("/cases/departments/{code}.atom")
    HttpResponse<String> department(HttpRequest<?> request, @PathVariable String code) {
        Locale locale = ApiLanguage.of(request);
        String name = organization.department(code).map(d -> d.name().in(locale)).orElseThrow(ResourceNotFoundException::new);
        return feed(request, "/feeds/cases/departments/" + code + ".atom", "/cases?department=" + code,
                Messages.get(locale, "feeds.cases.of", name), new PublicCaseFilter(null, null, null, code));
    }

    private HttpResponse<String> feed(HttpRequest<?> request, String self, String alternate, String title,
            PublicCaseFilter filter) {
        Locale locale = ApiLanguage.of(request);
        String base = AtomFeed.baseUrl(request);
        List<AtomFeedWriter.Entry> entries = cases.recentSteps(filter, AtomFeed.ENTRIES).stream()
                .map(p -> new AtomFeedWriter.Entry("urn:safety-portal:" + p.step().ledgerSubject(),
                        Messages.get(locale, "feeds.cases.entry", p.hazardCase().number(),
                                Messages.get(locale, "case.action." + p.step().action()),
                                p.hazardCase().sector().name().in(locale), p.hazardCase().area().name().in(locale)),
                        base + "/cases/" + p.hazardCase().number(), p.step().at(),
                        Messages.get(locale, "feeds.cases.summary", Messages.get(locale, "case.status." + p.step().status()),
                                p.step().department().name().in(locale),
                                p.step().publicNote() == null ? "" : p.step().publicNote())))
                .toList();
        return AtomFeed.respond(request, locale, ledger.head(), self, alternate, title, entries);
    }
}
