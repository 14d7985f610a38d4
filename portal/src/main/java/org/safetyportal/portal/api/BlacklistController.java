package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.blacklist.BlacklistEntry;
import org.safetyportal.content.blacklist.BlacklistEvent;
import org.safetyportal.content.blacklist.BlacklistFilter;
import org.safetyportal.content.blacklist.BlacklistRegister;
import org.safetyportal.content.blacklist.BlacklistRemoval;
import org.safetyportal.content.blacklist.BlacklistScope;
import org.safetyportal.content.blacklist.BlacklistExports;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.publishing.ActingRole;

/**
 * The dishonesty blacklist as open data: current list, history or both, filtered and paged; the filtered
 * set as a file; one entry by id.
 */
@Controller("/api/v1")
class BlacklistController {

    private final BlacklistRegister register;
    private final BlacklistExports exports;
    private final OrganizationDirectory organization;

    BlacklistController(BlacklistRegister register, BlacklistExports exports, OrganizationDirectory organization) {
        this.register = register;
        this.exports = exports;
        this.organization = organization;
    }

    @Serdeable
    record RemovalJson(String removalDate, String reason, String requestedByRole, String approvedByRole, String approvedAt,
            String contentHash, String ledgerSubject) {
        static RemovalJson of(BlacklistRemoval r) {
            return r == null ? null : new RemovalJson(r.removalDate().toString(), r.reason(), ActingRole.PUBLISHER,
                    ActingRole.REVIEWER, r.approvedAt().toString(), r.contentHash(), r.ledgerSubject());
        }
    }

    @Serdeable
    record ObjectionJson(String contact, String phone, String channel) {
    }

    @Serdeable
    record EventJson(String kind, String date, String id) {
        static EventJson of(BlacklistEvent e) {
            return new EventJson(e.kind().name(), e.date().toString(), e.subject());
        }
    }

    @Serdeable
    record EntryJson(int id, String status, String enterpriseName, String creditCode, String responsiblePerson,
            String area, String sector, String department, String conduct, String legalBasis, String decisionNo,
            String listingDate, String expiryDate, RemovalJson removal, ObjectionJson objection,
            List<EventJson> history, String listedByRole, String listedAt, String contentHash, String ledgerSubject) {
        static EntryJson of(BlacklistEntry e, LocalDate today) {
            return new EntryJson(e.id(), e.status(today).name(), e.enterpriseName(), e.creditCode(),
                    e.responsiblePerson(), e.area().code(), e.sector().code(), e.department().code(), e.conduct(),
                    e.legalBasis(), e.decisionNo(), e.listingDate().toString(), e.expiryDate().toString(),
                    RemovalJson.of(e.removal()),
                    new ObjectionJson(e.objectionContact(), e.objectionPhone(), e.objectionChannel()),
                    e.history(today).stream().map(EventJson::of).toList(), ActingRole.PUBLISHER, e.listedAt().toString(),
                    e.contentHash(), e.ledgerSubject());
        }
    }

    @Serdeable
    record PageJson(long total, int offset, int limit, List<EntryJson> entries) {
    }

    /**
     * Newest listing first. {@code status}: current (default), history (expired or removed early) or all;
     * area, sector and department by code; year of listing.
     */
    @Get("/blacklist")
    PageJson blacklist(@Nullable @QueryValue String status, @Nullable @QueryValue String area,
            @Nullable @QueryValue String sector, @Nullable @QueryValue String department,
            @Nullable @QueryValue Integer year, @QueryValue(defaultValue = "0") int offset,
            @QueryValue(defaultValue = "100") int limit) {
        Paging.check(offset, limit);
        BlacklistFilter filter = filter(status, area, sector, department, year);
        LocalDate today = register.today();
        return new PageJson(register.count(filter), offset, limit,
                register.search(filter, offset, limit).stream().map(e -> EntryJson.of(e, today)).toList());
    }

    /** The filtered set as {@code export.csv}, {@code .xlsx} or {@code .json}, with the list's parameters. */
    @Get("/blacklist/export.{extension}")
    HttpResponse<byte[]> export(@PathVariable String extension, @Nullable @QueryValue String status,
            @Nullable @QueryValue String area, @Nullable @QueryValue String sector,
            @Nullable @QueryValue String department, @Nullable @QueryValue Integer year, HttpRequest<?> request) {
        return RegisterDownloads.of(exports.export(filter(status, area, sector, department, year),
                RegisterDownloads.format(extension), ApiLanguage.of(request)));
    }

    @Get("/blacklist/{id}")
    EntryJson entry(@PathVariable String id) {
        if (!id.matches("\\d{1,9}")) {
            throw new ResourceNotFoundException();
        }
        return register.entry(Integer.parseInt(id)).map(e -> EntryJson.of(e, register.today()))
                .orElseThrow(ResourceNotFoundException::new);
    }

    private BlacklistFilter filter(String status, String area, String sector, String department, Integer year) {
        return new BlacklistFilter(scope(status), blankToNull(area), blankToNull(sector), departmentId(department), year);
    }

    private static BlacklistScope scope(String status) {
        if (status == null || status.isBlank()) {
            return BlacklistScope.CURRENT;
        }
        try {
            return BlacklistScope.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("api.parameter.invalid", "status");
        }
    }

    private Integer departmentId(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return organization.department(code)
                .map(Department::id)
                .orElseThrow(() -> new ValidationException("blacklist.department.unknown"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
