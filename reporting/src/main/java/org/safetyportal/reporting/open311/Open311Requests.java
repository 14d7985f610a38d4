package org.safetyportal.reporting.open311;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.reporting.publiccases.PublicCaseFilter;
import org.safetyportal.reporting.publiccases.PublicCases;

/**
 * Open311 GeoReport v2 over the public register: one service per sector a citizen can report under, and
 * the published cases as service requests, read from the public read model (so per ledger head, from
 * memory, anonymised as on the case pages).
 */
@Singleton
public class Open311Requests {

    /** The standard's suggested cap on one answer. */
    public static final int MOST_REQUESTS = 1_000;

    private final PublicCases cases;
    private final OrganizationDirectory organization;
    private final CityClock clock;

    Open311Requests(PublicCases cases, OrganizationDirectory organization, CityClock clock) {
        this.cases = cases;
        this.organization = organization;
        this.clock = clock;
    }

    /** Every sector, as the report form offers them. */
    public List<Sector> services() {
        return organization.sectors();
    }

    /** The counties a report names (the service definitions' one attribute). */
    public List<Area> counties() {
        return organization.counties();
    }

    public Optional<Sector> service(String code) {
        return organization.sector(code);
    }

    /** Reads the raw parameters of {@code GET requests} (see {@link Open311Query}). */
    public Open311Query query(String ids, String serviceCode, String startDate, String endDate, String status) {
        Open311Query query = Open311Query.parse(ids, serviceCode, startDate, endDate, status, clock.now(), clock.zone());
        if (query.serviceCode() != null && organization.sector(query.serviceCode()).isEmpty()) {
            throw new ValidationException("open311.error.service");
        }
        return query;
    }

    /** The matching requests, newest first, at most {@link #MOST_REQUESTS}. */
    public List<ServiceRequest> find(Open311Query query) {
        PublicCaseFilter filter = query.ids().isEmpty() ? new PublicCaseFilter(null, query.serviceCode(), null, null)
                : PublicCaseFilter.all();
        return cases.search(filter).stream().map(ServiceRequest::of).filter(query::matches).limit(MOST_REQUESTS).toList();
    }

    /** One request by its id (the public case number); empty when unknown, malformed or not published. */
    public Optional<ServiceRequest> one(String id) {
        return cases.byNumber(id).map(ServiceRequest::of);
    }
}
