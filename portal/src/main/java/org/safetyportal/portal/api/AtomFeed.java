package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.safetyportal.content.ledger.LedgerHead;
import org.safetyportal.content.ledger.PublicationLedger;

/** What every feed of the portal has in common: absolute links, newest first, at most {@value #ENTRIES} entries. */
final class AtomFeed {

    static final MediaType ATOM = MediaType.of("application/atom+xml;charset=utf-8");
    static final int ENTRIES = 50;
    /** The updated time of a feed with no entry yet: before anything was published. */
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private AtomFeed() {
    }

    /** Links in a feed are absolute; they point back at the host the reader used. */
    /** The site's address as the visitor reached it; a Host header that is not a host name is not repeated. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    static String baseUrl(HttpRequest<?> request) {
        String host = request.getHeaders().get("Host");
        String scheme = request.isSecure() ? "https" : "http";
        return scheme + "://" + (host == null || !HOST.matcher(host).matches() ? "localhost" : host);
    }

    /**
     * The feed at {@code selfPath} about the page at {@code alternatePath}: the newest {@value #ENTRIES}
     * entries, and as its updated time that of its newest entry. It links the ledger's verification since
     * {@code head}, the ledger head as the feed was made, so whoever keeps the feed keeps that point of the
     * chain and can later check the chain was not cut back before it.
     */
    static HttpResponse<String> respond(HttpRequest<?> request, Locale locale, LedgerHead head, String selfPath,
            String alternatePath, String title, List<AtomFeedWriter.Entry> entries) {
        String base = baseUrl(request);
        List<AtomFeedWriter.Entry> newest = new ArrayList<>(entries);
        newest.sort(Comparator.comparing(AtomFeedWriter.Entry::updated).reversed());
        newest = newest.stream().limit(ENTRIES).toList();
        Instant updated = newest.isEmpty() ? EPOCH : newest.get(0).updated();
        String xml = AtomFeedWriter.write("urn:safety-portal:feed:" + selfPath, title, base + selfPath, base + alternatePath,
                locale.toLanguageTag(), updated, base + "/api/v1/ledger/verify?since=" + head.hash(), newest);
        return HttpResponse.ok(xml).contentType(ATOM);
    }
}
