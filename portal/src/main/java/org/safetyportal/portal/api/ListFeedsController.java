package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListRepeal;
import org.safetyportal.content.lists.ListRepeals;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.VersionStatus;
import org.safetyportal.content.lists.TaskProgress;
import org.safetyportal.content.lists.TaskProgressUpdates;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.i18n.Messages;

/** Atom feeds of the 三清单: publications, repeals and annual task progress, for the city and per department. */
@Controller("/feeds")
class ListFeedsController {

    private final ListCatalogue catalogue;
    private final TaskProgressUpdates progress;
    private final ListRepeals repeals;
    private final OrganizationDirectory organization;
    private final PublicationLedger ledger;

    ListFeedsController(ListCatalogue catalogue, TaskProgressUpdates progress, ListRepeals repeals,
            OrganizationDirectory organization, PublicationLedger ledger) {
        this.catalogue = catalogue;
        this.progress = progress;
        this.repeals = repeals;
        this.organization = organization;
        this.ledger = ledger;
    }

    @Get("/lists.atom")
    HttpResponse<String> lists(HttpRequest<?> request) {
        Locale locale = ApiLanguage.of(request);
        return feed(request, "/feeds/lists.atom", "/lists", Messages.get(locale, "feeds.lists.title"), v -> true, locale);
    }

    @Get("/departments/{code}.atom")
    HttpResponse<String> department(HttpRequest<?> request, @PathVariable String code) {
        Locale locale = ApiLanguage.of(request);
        Department department = organization.department(code)
                .orElseThrow(ResourceNotFoundException::new);
        return feed(request, "/feeds/departments/" + code + ".atom", "/lists/department/" + code,
                Messages.get(locale, "feeds.department.title", department.name().in(locale)),
                v -> v.department().id() == department.id(), locale);
    }

    private HttpResponse<String> feed(HttpRequest<?> request, String self, String alternate, String title,
            Predicate<ListVersion> include, Locale locale) {
        String base = AtomFeed.baseUrl(request);
        List<AtomFeedWriter.Entry> entries = new ArrayList<>();
        catalogue.published().stream().filter(include).forEach(v -> entries.add(new AtomFeedWriter.Entry(
                "urn:safety-portal:" + v.ledgerSubject(),
                Messages.get(locale, "feeds.entry.title", v.department().name().in(locale),
                        Messages.get(locale, v.titleKey()), v.versionNo()),
                base + "/lists/version/" + v.id(),
                v.publishedAt(),
                // A version announced for a later day says so: until then the one before it stays in force.
                Messages.get(locale, v.status() == VersionStatus.ANNOUNCED ? "feeds.entry.summaryAnnounced"
                        : "feeds.entry.summary", String.valueOf(v.effectiveDate()),
                        Messages.get(locale, "lists.changeReason." + v.changeReason().name()), v.contentHash()))));
        for (TaskProgress update : progress.latest(AtomFeed.ENTRIES)) {
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
        return AtomFeed.respond(request, locale, ledger.head(), self, alternate, title, entries);
    }
}
