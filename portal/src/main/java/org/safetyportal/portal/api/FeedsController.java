package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.safetyportal.content.blacklist.BlacklistEvent;
import org.safetyportal.content.blacklist.BlacklistRegister;
import org.safetyportal.content.inspection.InspectionEvent;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListRepeal;
import org.safetyportal.content.lists.ListRepeals;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.TaskProgress;
import org.safetyportal.content.lists.TaskProgressUpdates;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.i18n.Messages;

/**
 * Atom feeds: list publications, repeals and task progress updates (for the whole city and per
 * department), inspection results with their corrections and status changes, and blacklist changes.
 */
@Controller("/feeds")
class FeedsController {

    static final MediaType ATOM = MediaType.of("application/atom+xml;charset=utf-8");
    private static final int ENTRIES = 50;
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private static final ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");

    private final ListCatalogue catalogue;
    private final TaskProgressUpdates progress;
    private final ListRepeals repeals;
    private final OrganizationDirectory organization;
    private final BlacklistRegister blacklist;
    private final InspectionRegister inspections;

    FeedsController(ListCatalogue catalogue, TaskProgressUpdates progress, ListRepeals repeals,
            OrganizationDirectory organization, BlacklistRegister blacklist, InspectionRegister inspections) {
        this.catalogue = catalogue;
        this.progress = progress;
        this.repeals = repeals;
        this.organization = organization;
        this.blacklist = blacklist;
        this.inspections = inspections;
    }

    /** New inspection results, their corrections and their rectification-status changes, newest first. */
    @Get("/inspections.atom")
    HttpResponse<String> inspections(HttpRequest<?> request) {
        Locale locale = ApiLanguage.of(request);
        String base = baseUrl(request);
        List<InspectionEvent> events = inspections.latestEvents(ENTRIES);
        List<AtomFeedWriter.Entry> entries = events.stream().map(e -> new AtomFeedWriter.Entry(
                "urn:safety-portal:" + e.ledgerSubject(),
                Messages.get(locale, "feeds.inspections.entry." + e.type().name(), e.enterpriseName(), e.recordCode()),
                base + "/inspections/" + e.recordCode(),
                e.publishedAt(),
                Messages.get(locale, "feeds.inspections.summary." + e.type().name(), detail(locale, e), e.contentHash())))
                .toList();
        Instant updated = events.isEmpty() ? EPOCH : events.get(0).publishedAt();
        String self = "/feeds/inspections.atom";
        String xml = AtomFeedWriter.write("urn:safety-portal:feed:" + self, Messages.get(locale, "feeds.inspections.title"),
                base + self, base + "/inspections", locale.toLanguageTag(), updated, entries);
        return HttpResponse.ok(xml).contentType(ATOM);
    }

    private static String detail(Locale locale, InspectionEvent event) {
        if (event.type() == InspectionEvent.Type.STATUS_CHANGED) {
            return Messages.get(locale, "inspections.rectification." + event.detail());
        }
        return event.detail() == null ? "" : event.detail();
    }

    @Get("/lists.atom")
    HttpResponse<String> lists(HttpRequest<?> request) {
        Locale locale = ApiLanguage.of(request);
        return feed(request, "/feeds/lists.atom", "/lists", Messages.get(locale, "feeds.lists.title"), v -> true, locale);
    }

    @Get("/departments/{code}.atom")
    HttpResponse<String> department(HttpRequest<?> request, @PathVariable String code) {
        Locale locale = ApiLanguage.of(request);
        Department department = organization.departments().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(ResourceNotFoundException::new);
        return feed(request, "/feeds/departments/" + code + ".atom", "/lists/department/" + code,
                Messages.get(locale, "feeds.department.title", department.name().in(locale)),
                v -> v.department().id() == department.id(), locale);
    }

    /**
     * Listings, early removals and expiries, each its own entry dated the day it happened (the start of
     * that day in the city); an expiry appears only once its day has come.
     */
    @Get("/blacklist.atom")
    HttpResponse<String> blacklist(HttpRequest<?> request) {
        Locale locale = ApiLanguage.of(request);
        String base = baseUrl(request);
        List<BlacklistEvent> events = blacklist.recentEvents(ENTRIES);
        List<AtomFeedWriter.Entry> entries = events.stream().map(e -> new AtomFeedWriter.Entry(
                "urn:safety-portal:" + e.subject(),
                Messages.get(locale, "feeds.blacklist." + e.kind().name(), e.entry().enterpriseName()),
                base + "/blacklist/" + e.entry().id(),
                e.date().atStartOfDay(CITY_TIME).toInstant(),
                Messages.get(locale, e.kind() == BlacklistEvent.Kind.REMOVED ? "feeds.blacklist.summaryRemoved" : "feeds.blacklist.summary",
                        e.entry().department().name().in(locale), e.entry().creditCode(), e.entry().listingDate().toString(),
                        e.entry().expiryDate().toString(), e.entry().removal() == null ? "" : e.entry().removal().reason())))
                .toList();
        Instant updated = entries.stream().map(AtomFeedWriter.Entry::updated).max(Comparator.naturalOrder()).orElse(EPOCH);
        String xml = AtomFeedWriter.write("urn:safety-portal:feed:/feeds/blacklist.atom",
                Messages.get(locale, "feeds.blacklist.title"), base + "/feeds/blacklist.atom", base + "/blacklist",
                locale.toLanguageTag(), updated, entries);
        return HttpResponse.ok(xml).contentType(ATOM);
    }

    private HttpResponse<String> feed(HttpRequest<?> request, String self, String alternate, String title,
            Predicate<ListVersion> include, Locale locale) {
        String base = baseUrl(request);
        List<AtomFeedWriter.Entry> entries = new ArrayList<>();
        catalogue.published().stream().filter(include).forEach(v -> entries.add(new AtomFeedWriter.Entry(
                "urn:safety-portal:" + v.ledgerSubject(),
                Messages.get(locale, "feeds.entry.title", v.department().name().in(locale),
                        Messages.get(locale, v.titleKey()), v.versionNo()),
                base + "/lists/version/" + v.id(),
                v.publishedAt(),
                Messages.get(locale, "feeds.entry.summary", String.valueOf(v.effectiveDate()),
                        Messages.get(locale, "lists.changeReason." + v.changeReason().name()), v.contentHash()))));
        for (TaskProgress update : progress.latest(ENTRIES)) {
            ListVersion v = progress.versionOf(update);
            if (include.test(v)) {
                entries.add(new AtomFeedWriter.Entry("urn:safety-portal:" + update.ledgerSubject(),
                        Messages.get(locale, "feeds.progress.title", v.department().name().in(locale), update.itemCode(),
                                Messages.get(locale, "lists.taskStatus." + update.status().name())),
                        base + "/lists/version/" + v.id(),
                        update.publishedAt(),
                        Messages.get(locale, "feeds.progress.summary", String.valueOf(update.reportedOn()), update.progress())));
            }
        }
        for (ListRepeal repeal : repeals.published()) {
            ListVersion v = repeal.version();
            if (include.test(v)) {
                entries.add(new AtomFeedWriter.Entry("urn:safety-portal:" + repeal.ledgerSubject(),
                        Messages.get(locale, "feeds.repeal.title", v.department().name().in(locale),
                                Messages.get(locale, v.titleKey())),
                        base + "/lists/version/" + v.id(),
                        repeal.reviewedAt(),
                        Messages.get(locale, "feeds.repeal.summary", String.valueOf(repeal.repealedOn()), repeal.reason())));
            }
        }
        entries.sort(Comparator.comparing(AtomFeedWriter.Entry::updated).reversed());
        List<AtomFeedWriter.Entry> newest = entries.stream().limit(ENTRIES).toList();
        Instant updated = newest.isEmpty() ? EPOCH : newest.get(0).updated();
        String xml = AtomFeedWriter.write("urn:safety-portal:feed:" + self, title, base + self, base + alternate,
                locale.toLanguageTag(), updated, newest);
        return HttpResponse.ok(xml).contentType(ATOM);
    }

    /** Links in a feed are absolute; they point back at the host the reader used. */
    private static String baseUrl(HttpRequest<?> request) {
        String host = request.getHeaders().get("Host");
        String scheme = request.isSecure() ? "https" : "http";
        return scheme + "://" + (host == null || host.isBlank() ? "localhost" : host);
    }
}
