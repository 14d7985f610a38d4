package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.majorhazards.MajorHazardExports;
import org.safetyportal.content.majorhazards.HazardEvent;
import org.safetyportal.content.majorhazards.HazardFilter;
import org.safetyportal.content.majorhazards.MajorHazard;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.publishing.ActingRole;

/**
 * 重大隐患挂牌督办 as open data: the filtered, paged register, the filtered set as a file, and one listed
 * hazard with its whole history.
 */
@Controller("/api/v1")
class HazardsController {

    private final MajorHazardRegister register;
    private final MajorHazardExports exports;
    private final OrganizationDirectory organization;

    HazardsController(MajorHazardRegister register, MajorHazardExports exports, OrganizationDirectory organization) {
        this.register = register;
        this.exports = exports;
        this.organization = organization;
    }

    @Serdeable
    record FiveImplementationsJson(String measures, String responsibility, String funds, String timeLimit,
            String contingencyPlan) {
    }

    @Serdeable
    record StepJson(int seq, String status, String date, String note, String signedOffBy, String signedOffUnit,
            String signerRole, String recordedByRole, String recordedAt, String contentHash, String ledgerSubject) {
        static StepJson of(HazardEvent e) {
            return new StepJson(e.seq(), e.status().name(), e.date().toString(), e.note(), e.signedOffBy(),
                    e.signedOffUnit(), e.signerRole() == null ? null : e.signerRole().name(), ActingRole.PUBLISHER, e.recordedAt().toString(), e.contentHash(), e.ledgerSubject());
        }
    }

    @Serdeable
    record HazardJson(String registerCode, String department, String description, String enterpriseName,
            String creditCode, String area, String sector, String listingDate, String deadline,
            FiveImplementationsJson fiveImplementations, String status, boolean overdue, String listedByRole,
            String listedAt, String contentHash, String ledgerSubject, StepJson investigation, List<StepJson> history) {
        static HazardJson of(MajorHazard h) {
            var five = h.fiveImplementations();
            return new HazardJson(h.registerCode(), h.department().code(), h.description(), h.enterpriseName(),
                    h.creditCode(), h.area().code(), h.sector().code(), h.listingDate().toString(), h.deadline().toString(),
                    new FiveImplementationsJson(five.measures(), five.responsibility(), five.funds(), five.timeLimit(),
                            five.contingencyPlan()),
                    h.status().name(), h.overdue(), ActingRole.PUBLISHER, h.listedAt().toString(), h.contentHash(),
                    h.ledgerSubject(), h.investigation().map(StepJson::of).orElse(null),
                    h.history().stream().map(StepJson::of).toList());
        }
    }

    @Serdeable
    record PageJson(long total, int offset, int limit, List<HazardJson> hazards) {
    }

    /**
     * Newest listing first; area, sector and listing department by code, status one of LISTED, RECTIFYING,
     * RECTIFIED_PENDING_ACCEPTANCE, CLOSED, REFERRED_FOR_INVESTIGATION or OVERDUE, year the year of listing.
     */
    @Get("/hazards")
    PageJson hazards(@Nullable @QueryValue String area, @Nullable @QueryValue String sector,
            @Nullable @QueryValue String department, @Nullable @QueryValue String status,
            @Nullable @QueryValue String year, @QueryValue(defaultValue = "0") int offset,
            @QueryValue(defaultValue = "100") int limit) {
        Paging.check(offset, limit);
        HazardFilter filter = filter(area, sector, department, status, year);
        return new PageJson(register.count(filter), offset, limit,
                register.search(filter, offset, limit).stream().map(HazardJson::of).toList());
    }

    /** The filtered set as {@code export.csv}, {@code .xlsx} or {@code .json}, with the list's parameters. */
    @Get("/hazards/export.{extension}")
    HttpResponse<byte[]> export(@PathVariable String extension, @Nullable @QueryValue String area,
            @Nullable @QueryValue String sector, @Nullable @QueryValue String department,
            @Nullable @QueryValue String status, @Nullable @QueryValue String year, HttpRequest<?> request) {
        return RegisterDownloads.of(exports.export(filter(area, sector, department, status, year),
                RegisterDownloads.format(extension), ApiLanguage.of(request)));
    }

    @Get("/hazards/{code}")
    HazardJson hazard(@PathVariable String code) {
        return register.byCode(code).map(HazardJson::of).orElseThrow(ResourceNotFoundException::new);
    }

    private HazardFilter filter(String area, String sector, String department, String status, String year) {
        Integer departmentId = null;
        if (blankToNull(department) != null) {
            departmentId = organization.department(department)
                    .map(Department::id).orElseThrow(() -> new ValidationException("hazards.department.unknown"));
        }
        return new HazardFilter(blankToNull(area), blankToNull(sector), departmentId, blankToNull(status), year(year));
    }

    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{4}")) {
            throw new ValidationException("api.parameter.invalid", "year");
        }
        return Integer.parseInt(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
