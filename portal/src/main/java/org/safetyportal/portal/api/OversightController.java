package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.oversight.OversightExports;
import org.safetyportal.content.oversight.InspectedParty;
import org.safetyportal.content.oversight.OversightFilter;
import org.safetyportal.content.oversight.OversightKind;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.content.oversight.OversightResult;
import org.safetyportal.content.oversight.RectificationReport;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.publishing.ActingRole;

/** 巡查/考核/督查 results as open data: a filtered, paged register, the filtered set as a file, and each result under its code. */
@Controller("/api/v1")
class OversightController {

    private final OversightRegister register;
    private final OversightExports exports;

    OversightController(OversightRegister register, OversightExports exports) {
        this.register = register;
        this.exports = exports;
    }

    @Serdeable
    record PartyJson(String type, String code, String nameZh, String nameEn) {
        static PartyJson of(InspectedParty party) {
            return new PartyJson(party.isGovernment() ? "AREA_GOVERNMENT" : "DEPARTMENT", party.code(), party.name().zh(),
                    party.name().en());
        }
    }

    @Serdeable
    record ReportJson(String reportDate, String summary, String publicationDate, String filedByRole, String filedAt,
            String contentHash, String ledgerSubject) {
        static ReportJson of(RectificationReport r) {
            return new ReportJson(r.reportDate().toString(), r.summary(), r.publicationDate().toString(), ActingRole.PUBLISHER,
                    r.filedAt().toString(), r.contentHash(), r.ledgerSubject());
        }
    }

    @Serdeable
    record ResultJson(String resultCode, String kind, String conductingDepartment, PartyJson inspectedParty,
            String documentNo, String periodStart, String periodEnd, int year, String findings, String grade,
            BigDecimal score, String rectificationRequirements, String rectificationDeadline,
            String rectificationState, boolean reportedLate, ReportJson rectificationReport, String decisionDate,
            String publicationDate, String publishedElsewhereOn, boolean publishedLate, String publishedByRole,
            String publishedAt, String contentHash, String ledgerSubject) {
        static ResultJson of(OversightResult r, LocalDate today) {
            return new ResultJson(r.resultCode(), r.kind().name(), r.conductingDepartment().code(),
                    PartyJson.of(r.inspectedParty()), r.documentNo(), r.periodStart().toString(),
                    r.periodEnd().toString(), r.year(), r.findings(), r.grade() == null ? null : r.grade().name(),
                    r.score(), r.rectificationRequirements(),
                    r.rectificationDeadline() == null ? null : r.rectificationDeadline().toString(),
                    r.rectificationState(today).name(), r.reportedLate(),
                    r.rectificationReport().map(ReportJson::of).orElse(null), r.decisionDate().toString(),
                    r.publicationDate().toString(),
                    r.publishedElsewhereOn() == null ? null : r.publishedElsewhereOn().toString(), r.publishedLate(),
                    ActingRole.PUBLISHER, r.publishedAt().toString(),
                    r.contentHash(), r.ledgerSubject());
        }
    }

    @Serdeable
    record PageJson(long total, int offset, int limit, List<ResultJson> results) {
    }

    /** Newest decision first; kind by name, area (its government and departments) and department by code. */
    @Get("/oversight")
    PageJson oversight(@Nullable @QueryValue String kind, @Nullable @QueryValue Integer year,
            @Nullable @QueryValue String area, @Nullable @QueryValue String department,
            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit) {
        Paging.check(offset, limit);
        OversightFilter filter = filter(kind, year, area, department);
        LocalDate today = register.today();
        return new PageJson(register.count(filter), offset, limit,
                register.search(filter, offset, limit).stream().map(r -> ResultJson.of(r, today)).toList());
    }

    /** The filtered set as {@code export.csv}, {@code .xlsx} or {@code .json}, with the list's parameters. */
    @Get("/oversight/export.{extension}")
    HttpResponse<byte[]> export(@PathVariable String extension, @Nullable @QueryValue String kind,
            @Nullable @QueryValue Integer year, @Nullable @QueryValue String area,
            @Nullable @QueryValue String department, HttpRequest<?> request) {
        return RegisterDownloads.of(exports.export(filter(kind, year, area, department), RegisterDownloads.format(extension),
                ApiLanguage.of(request)));
    }

    @Get("/oversight/{code}")
    ResultJson result(@PathVariable String code) {
        return register.byCode(code).map(r -> ResultJson.of(r, register.today()))
                .orElseThrow(ResourceNotFoundException::new);
    }

    private static OversightFilter filter(String kind, Integer year, String area, String department) {
        return new OversightFilter(kind(kind), year, blankToNull(area), blankToNull(department));
    }

    private static OversightKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OversightKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("oversight.kind.unknown", value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
