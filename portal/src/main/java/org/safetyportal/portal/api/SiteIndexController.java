package org.safetyportal.portal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safetyportal.content.blacklist.BlacklistEntry;
import org.safetyportal.content.blacklist.BlacklistFilter;
import org.safetyportal.content.blacklist.BlacklistRegister;
import org.safetyportal.content.blacklist.BlacklistScope;
import org.safetyportal.content.education.figures.CampaignFigures;
import org.safetyportal.content.education.figures.PublicCampaignFigures;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.majorhazards.HazardFilter;
import org.safetyportal.reporting.publiccases.PublicCase;
import org.safetyportal.reporting.publiccases.PublicCaseFilter;
import org.safetyportal.reporting.publiccases.PublicCases;
import org.safetyportal.content.majorhazards.MajorHazard;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.content.rectification.AccountabilityDecision;
import org.safetyportal.content.rectification.AccountabilityFilter;
import org.safetyportal.content.rectification.AccountabilityRegister;
import org.safetyportal.content.rectification.ProblemFilter;
import org.safetyportal.content.rectification.ProblemRegister;
import org.safetyportal.content.rectification.RectificationProblem;
import org.safetyportal.content.inspection.InspectionFilter;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.oversight.OversightFilter;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.content.oversight.OversightResult;

/**
 * What search engines are told: {@code robots.txt} keeps them out of the staff area and the sign-in
 * page and points to {@code sitemap.xml}, which names every public permalink with the date of its
 * latest publication in the ledger (a campaign's page: of its newest published figures; none before any; a lesson's
 * page: of the lesson). Pages made for one visitor (a quiz attempt, a certificate, a session's join page) are not named.
 */
@Controller
class SiteIndexController {

    private static final MediaType TEXT = MediaType.of("text/plain;charset=utf-8");
    private static final MediaType XML = MediaType.of("application/xml;charset=utf-8");
    /** The sitemap protocol allows 50,000 addresses in one file. */
    private static final int MAX_URLS = 50_000;
    private static final String[] SECTIONS = {"/", "/lists", "/lists/items", "/lists/dictionary", "/inspections",
        "/hazards", "/rectification", "/accountability", "/blacklist", "/oversight", "/ledger", "/search", "/cases", "/cases/statistics"};

    private final ListCatalogue catalogue;
    private final InspectionRegister inspections;
    private final MajorHazardRegister hazards;
    private final BlacklistRegister blacklist;
    private final OversightRegister oversight;
    private final PublicationLedger ledger;
    private final ProblemRegister problems;
    private final AccountabilityRegister decisions;
    private final PublicCases cases;
    private final PublicCampaignFigures campaigns;
    private final LessonLibrary lessons;

    SiteIndexController(ListCatalogue catalogue, InspectionRegister inspections, MajorHazardRegister hazards,
            BlacklistRegister blacklist, OversightRegister oversight, PublicationLedger ledger, ProblemRegister problems,
            AccountabilityRegister decisions, PublicCases cases, PublicCampaignFigures campaigns, LessonLibrary lessons) {
        this.lessons = lessons;
        this.cases = cases;
        this.campaigns = campaigns;
        this.problems = problems;
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.inspections = inspections;
        this.hazards = hazards;
        this.blacklist = blacklist;
        this.oversight = oversight;
        this.ledger = ledger;
    }

    @Get("/robots.txt")
    HttpResponse<String> robots(HttpRequest<?> request) {
        String text = """
                User-agent: *
                Allow: /
                Disallow: /admin
                Disallow: /login
                Disallow: /api/admin
                Sitemap: %s/sitemap.xml
                """.formatted(AtomFeed.baseUrl(request));
        return HttpResponse.ok(text).contentType(TEXT);
    }

    @Get("/sitemap.xml")
    HttpResponse<String> sitemap(HttpRequest<?> request) {
        Map<String, Instant> published = latestBySubject();
        Instant newest = published.values().stream().max(Instant::compareTo).orElse(null);
        Map<String, Instant> urls = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            urls.put(section, newest);
        }
        for (ListVersion version : catalogue.published()) {
            urls.put("/lists/version/" + version.id(), published.get(version.ledgerSubject()));
            keepLatest(urls, "/lists/department/" + encode(version.department().code()),
                    published.get(version.ledgerSubject()));
        }
        for (InspectionRecord record : inspections.search(InspectionFilter.all(), 0, MAX_URLS)) {
            urls.put("/inspections/" + encode(record.recordCode()), published.get(record.ledgerSubject()));
            keepLatest(urls, "/enterprises/" + encode(record.creditCode()), published.get(record.ledgerSubject()));
        }
        for (MajorHazard hazard : hazards.search(HazardFilter.all(), 0, MAX_URLS)) {
            urls.put("/hazards/" + encode(hazard.registerCode()), published.get(hazard.ledgerSubject()));
        }
        for (RectificationProblem problem : problems.search(ProblemFilter.all(), 0, MAX_URLS)) {
            urls.put("/rectification/" + encode(problem.problemCode()), published.get(problem.ledgerSubject()));
        }
        for (AccountabilityDecision decision : decisions.search(AccountabilityFilter.all(), 0, MAX_URLS)) {
            urls.put("/accountability/" + encode(decision.decisionCode()), published.get(decision.ledgerSubject()));
        }
        for (BlacklistEntry entry : blacklist.search(BlacklistFilter.of(BlacklistScope.ALL), 0, MAX_URLS)) {
            urls.put("/blacklist/" + entry.id(), published.get(entry.ledgerSubject()));
            keepLatest(urls, "/enterprises/" + encode(entry.creditCode()), published.get(entry.ledgerSubject()));
        }
        for (OversightResult result : oversight.search(OversightFilter.all(), 0, MAX_URLS)) {
            urls.put("/oversight/" + encode(result.resultCode()), published.get(result.ledgerSubject()));
        }
        for (PublicCase c : cases.search(PublicCaseFilter.all())) {
            urls.put("/cases/" + encode(c.number()), c.updatedAt());
        }
        // The lesson library changes with the newest lesson published.
        urls.put("/education", null);
        for (Lesson lesson : lessons.lessons()) {
            Instant lessonPublished = published.get(lesson.ledgerSubject());
            urls.put("/education/lessons/" + encode(lesson.code()), lessonPublished);
            keepLatest(urls, "/education", lessonPublished);
        }
        // The campaign calendar and every campaign's page change when figures of it are published.
        urls.put("/education/campaigns", null);
        for (PublicCampaignFigures.CampaignStanding standing : campaigns.campaigns()) {
            Instant figures = standing.figures().map(CampaignFigures::ledgerSubject).map(published::get).orElse(null);
            urls.put("/education/campaigns/" + encode(standing.campaign().code()), figures);
            keepLatest(urls, "/education/campaigns", figures);
        }
        return HttpResponse.ok(write(AtomFeed.baseUrl(request), urls)).contentType(XML);
    }

    private Map<String, Instant> latestBySubject() {
        Map<String, Instant> latest = new HashMap<>();
        for (LedgerEntry entry : ledger.entries(0, (int) Math.min(Integer.MAX_VALUE, ledger.size()))) {
            keepLatest(latest, entry.subject(), entry.occurredAt());
        }
        return latest;
    }

    /** A page shown by several publications (an enterprise, a department) changed with the latest of them. */
    private static void keepLatest(Map<String, Instant> times, String key, Instant time) {
        times.put(key, later(times.get(key), time));
    }

    private static String write(String base, Map<String, Instant> urls) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        urls.entrySet().stream().limit(MAX_URLS).forEach(url -> {
            xml.append("  <url><loc>").append(escape(base + url.getKey())).append("</loc>");
            if (url.getValue() != null) {
                xml.append("<lastmod>").append(url.getValue().atOffset(ZoneOffset.UTC).toLocalDate()).append("</lastmod>");
            }
            xml.append("</url>\n");
        });
        return xml.append("</urlset>\n").toString();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
