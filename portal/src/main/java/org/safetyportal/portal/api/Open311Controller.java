package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;
import org.safetyportal.reporting.open311.ApiKeyRefusedException;
import org.safetyportal.reporting.open311.Open311Post;
import org.safetyportal.reporting.open311.Open311Query;
import org.safetyportal.reporting.open311.Open311Requests;
import org.safetyportal.reporting.open311.Open311Submissions;
import org.safetyportal.reporting.open311.ServiceRequest;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2), so that the apps and dashboards that speak it
 * read this city's hazard reports: discovery, the services (one per sector) with their definitions, and the
 * published cases as service requests, in JSON or XML by the address's extension; apps holding a key
 * issued by an administrator post reports. Refusals come in the
 * standard's shape ({@code [{"code":400,"description":"…"}]}) in the reader's language.
 */
@Controller("/open311/v2")
class Open311Controller {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When this endpoint last changed in a way a client would notice. */
    static final String CHANGESET = "2026-12-03T00:00:00Z";

    private final Open311Requests requests;
    private final Open311Submissions submissions;

    Open311Controller(Open311Requests requests, Open311Submissions submissions) {
        this.requests = requests;
        this.submissions = submissions;
    }

    /**
     * {@code POST requests.json} (or {@code .xml}), form-encoded as the standard says: {@code api_key},
     * {@code service_code}, {@code attribute[county]}, {@code address_string}, {@code lat}, {@code long},
     * {@code description}, {@code device_id}. Answers the new request's id and token, and the tracking code and
     * PIN the app hands to its user; 403 without a valid key, 400 with the reason in words.
     */
    @Post(value = "/{file}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> post(HttpRequest<?> request, @PathVariable String file) {
        Locale locale = ApiLanguage.of(request);
        Optional<Open311Document> format = Open311Document.of(file, "requests");
        if (format.isEmpty()) {
            return notFound(Open311Document.named(file).map(Open311Document.Named::format).orElse(Open311Document.JSON), locale);
        }
        HttpParameters form = request.getParameters();
        try {
            Open311Post post = Open311Post.of(form.get("service_code"), form.get("attribute[county]"),
                    form.get("address_string"), form.get("lat"), form.get("long"), form.get("description"),
                    form.get("device_id"), form.get("email"), form.get("first_name"), form.get("last_name"),
                    form.get("phone"), form.get("account_id"), form.get("media_url"));
            Open311Submissions.Submission made = submissions.submit(form.get("api_key"), post);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("service_request_id", made.serviceRequestId());
            answer.put("token", made.token());
            answer.put("service_notice", Messages.get(locale, "open311.posted.notice", made.serviceRequestId()));
            answer.put("account_id", null);
            answer.put("tracking_code", made.trackingCode());
            answer.put("pin", made.pin());
            // The tracking code and PIN are the citizen's: no cache or proxy may keep this answer.
            return HttpResponse.ok(format.get().list("service_requests", "request", List.of(answer)))
                    .contentType(format.get().mediaType()).header(HttpHeaders.CACHE_CONTROL, "no-store");
        } catch (ApiKeyRefusedException refused) {
            return error(format.get(), HttpStatus.FORBIDDEN, Messages.describe(locale, refused));
        } catch (LocalizedException refused) {
            return error(format.get(), HttpStatus.BAD_REQUEST, Messages.describe(locale, refused));
        }
    }

    @Get("/tokens/{file}")
    HttpResponse<String> token(HttpRequest<?> request, @PathVariable String file) {
        Locale locale = ApiLanguage.of(request);
        Optional<Open311Document.Named> named = Open311Document.named(file);
        Optional<String> id = named.flatMap(n -> submissions.requestOfToken(n.name()));
        if (id.isEmpty()) {
            return notFound(named.map(Open311Document.Named::format).orElse(Open311Document.JSON), locale);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", id.get());
        answer.put("token", named.get().name());
        return HttpResponse.ok(named.get().format().list("service_requests", "request", List.of(answer)))
                .contentType(named.get().format().mediaType());
    }

    @Get("/{file}")
    HttpResponse<String> document(HttpRequest<?> request, @PathVariable String file,
            @Nullable @QueryValue("service_request_id") String ids, @Nullable @QueryValue("service_code") String serviceCode,
            @Nullable @QueryValue("start_date") String startDate, @Nullable @QueryValue("end_date") String endDate,
            @Nullable @QueryValue String status) {
        Locale locale = ApiLanguage.of(request);
        Optional<Open311Document> discovery = Open311Document.of(file, "discovery");
        if (discovery.isPresent()) {
            return answer(discovery.get(), locale, format -> format.object("discovery", discovery(request, locale)));
        }
        Optional<Open311Document> services = Open311Document.of(file, "services");
        if (services.isPresent()) {
            return answer(services.get(), locale, format -> format.list("services", "service",
                    requests.services().stream().map(sector -> service(sector, locale)).toList()));
        }
        Optional<Open311Document> list = Open311Document.of(file, "requests");
        if (list.isPresent()) {
            return answer(list.get(), locale, format -> {
                Open311Query query = requests.query(ids, serviceCode, startDate, endDate, status);
                return format.list("service_requests", "request",
                        requests.find(query).stream().map(r -> request(r, locale)).toList());
            });
        }
        return notFound(Open311Document.named(file).map(Open311Document.Named::format).orElse(Open311Document.JSON), locale);
    }

    @Get("/services/{file}")
    HttpResponse<String> definition(HttpRequest<?> request, @PathVariable String file) {
        Locale locale = ApiLanguage.of(request);
        Optional<Open311Document.Named> named = Open311Document.named(file);
        Optional<Sector> sector = named.flatMap(n -> requests.service(n.name()));
        if (sector.isEmpty()) {
            return notFound(named.map(Open311Document.Named::format).orElse(Open311Document.JSON), locale);
        }
        return answer(named.get().format(), locale,
                format -> format.object("service_definition", definition(sector.get(), locale)));
    }

    @Get("/requests/{file}")
    HttpResponse<String> one(HttpRequest<?> request, @PathVariable String file) {
        Locale locale = ApiLanguage.of(request);
        Optional<Open311Document.Named> named = Open311Document.named(file);
        Optional<ServiceRequest> found = named.flatMap(n -> requests.one(n.name()));
        if (found.isEmpty()) {
            return notFound(named.map(Open311Document.Named::format).orElse(Open311Document.JSON), locale);
        }
        return answer(named.get().format(), locale,
                format -> format.list("service_requests", "request", List.of(request(found.get(), locale))));
    }

    private static HttpResponse<String> answer(Open311Document format, Locale locale, Function<Open311Document, String> body) {
        try {
            return HttpResponse.ok(body.apply(format)).contentType(format.mediaType());
        } catch (LocalizedException refused) {
            return error(format, HttpStatus.BAD_REQUEST, Messages.describe(locale, refused));
        }
    }

    private static HttpResponse<String> notFound(Open311Document format, Locale locale) {
        return error(format, HttpStatus.NOT_FOUND, Messages.get(locale, "open311.error.notFound"));
    }

    private static HttpResponse<String> error(Open311Document format, HttpStatus status, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status.getCode());
        error.put("description", description);
        return HttpResponse.<String>status(status).body(format.list("errors", "error", List.of(error))).contentType(format.mediaType());
    }

    private static Map<String, Object> discovery(HttpRequest<?> request, Locale locale) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", AtomFeed.baseUrl(request) + "/open311/v2");
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("application/json", "text/xml"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", CHANGESET);
        discovery.put("contact", Messages.get(locale, "open311.contact"));
        discovery.put("key_service", Messages.get(locale, "open311.keyService"));
        discovery.put("endpoints", List.of(endpoint));
        return discovery;
    }

    private static Map<String, Object> service(Sector sector, Locale locale) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", sector.code());
        service.put("service_name", sector.name().in(locale));
        service.put("description", Messages.get(locale, "open311.service.description", sector.name().in(locale)));
        service.put("metadata", true);
        service.put("type", "realtime");
        service.put("keywords", sector.kind().name().toLowerCase(Locale.ROOT));
        service.put("group", Messages.get(locale, "open311.service.group." + sector.kind().name()));
        return service;
    }

    /** The attributes a report of this service takes beyond the standard's fields: the county, by code. */
    private Map<String, Object> definition(Sector sector, Locale locale) {
        Map<String, Object> county = new LinkedHashMap<>();
        county.put("variable", true);
        county.put("code", "county");
        county.put("datatype", "singlevaluelist");
        county.put("required", true);
        county.put("datatype_description", "");
        county.put("order", 1);
        county.put("description", Messages.get(locale, "open311.attribute.county"));
        county.put("values", requests.counties().stream().map(area -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("key", area.code());
            value.put("name", area.name().in(locale));
            return value;
        }).toList());
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", sector.code());
        definition.put("attributes", List.of(county));
        return definition;
    }

    private static Map<String, Object> request(ServiceRequest r, Locale locale) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", r.id());
        request.put("status", r.open() ? "open" : "closed");
        request.put("status_notes", r.statusNotes() != null ? r.statusNotes()
                : Messages.get(locale, "case.status." + r.status())
                        + (r.outcome() == null ? "" : " · " + Messages.get(locale, "case.outcome." + r.outcome())));
        request.put("service_name", r.sector().name().in(locale));
        request.put("service_code", r.sector().code());
        request.put("description", null);
        request.put("agency_responsible", r.agency().name().in(locale));
        request.put("service_notice", Messages.get(locale, "open311.request.notice", r.id()));
        request.put("requested_datetime", r.requested().toString());
        request.put("updated_datetime", r.updated().toString());
        request.put("expected_datetime", r.expected() == null ? null : r.expected().toString());
        request.put("address", r.township() == null ? r.county().in(locale) : r.county().in(locale) + " " + r.township().in(locale));
        request.put("address_id", null);
        request.put("zipcode", null);
        request.put("lat", null);
        request.put("long", null);
        request.put("media_url", null);
        return request;
    }
}
