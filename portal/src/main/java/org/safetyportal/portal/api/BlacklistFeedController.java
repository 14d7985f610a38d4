package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.blacklist.BlacklistEvent;
import org.safetyportal.content.blacklist.BlacklistRegister;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.i18n.Messages;

/** The Atom feed of the blacklist: listings, early removals and expiries. */
@Controller("/feeds")
class BlacklistFeedController {

    private final BlacklistRegister blacklist;
    private final PublicationLedger ledger;
    private final CityClock city;

    BlacklistFeedController(BlacklistRegister blacklist, PublicationLedger ledger, CityClock city) {
        this.city = city;
        this.blacklist = blacklist;
        this.ledger = ledger;
    }

    /**
     * Each change is its own entry dated the day it happened (the start of that day in the city); an
     * expiry appears only once its day has come.
     */
    @Get("/blacklist.atom")
    HttpResponse<String> blacklist(HttpRequest<?> request) {
        Locale locale = ApiLanguage.of(request);
        String base = AtomFeed.baseUrl(request);
        List<AtomFeedWriter.Entry> entries = blacklist.recentEvents(AtomFeed.ENTRIES).stream().map(e -> new AtomFeedWriter.Entry(
                "urn:safety-portal:" + e.subject(),
                Messages.get(locale, "feeds.blacklist." + e.kind().name(), e.entry().enterpriseName()),
                base + "/blacklist/" + e.entry().id(),
                city.startOf(e.date()),
                Messages.get(locale, e.kind() == BlacklistEvent.Kind.REMOVED ? "feeds.blacklist.summaryRemoved" : "feeds.blacklist.summary",
                        e.entry().department().name().in(locale), e.entry().creditCode(), e.entry().listingDate().toString(),
                        e.entry().expiryDate().toString(), e.entry().removal() == null ? "" : e.entry().removal().reason())))
                .toList();
        return AtomFeed.respond(request, locale, ledger.head(), "/feeds/blacklist.atom", "/blacklist",
                Messages.get(locale, "feeds.blacklist.title"), entries);
    }
}
