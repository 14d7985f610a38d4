package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.reporting.publiccases.CaseStatistics;
import org.safetyportal.reporting.publiccases.PublicCase;
import org.safetyportal.reporting.publiccases.PublicCaseFilter;
import org.safetyportal.reporting.publiccases.PublicCaseStep;
import org.safetyportal.reporting.publiccases.PublicCases;

/**
 * Citizens' reports as open data, anonymised as on their public pages: the filtered, paged register,
 * one case with its public steps, and the statistics as JSON and CSV. Every figure is defined in
 * {@link CaseStatistics}; every answer is read from the cases as published at the current ledger head.
 */
@Controller("/api/v1")
class CasesController {

    private static final MediaType CSV = MediaType.of("text/csv;charset=utf-8");

    private final PublicCases cases;
    private final OrganizationDirectory organization;

    CasesController(PublicCases cases, OrganizationDirectory organization) {
        this.cases = cases;
        this.organization = organization;
    }

    @Serdeable
    record StepJson(int eventNo, String action, String status, String department, String outcome, String deadline,
            String publicNote, String at, String ledgerSubject) {
        static StepJson of(PublicCaseStep s) {
            return new StepJson(s.eventNo(), s.action(), s.status(), s.department().code(), s.outcome(),
                    s.deadline() == null ? null : s.deadline().toString(), s.publicNote(), s.at().toString(), s.ledgerSubject());
        }
    }

    @Serdeable
    record BasisJson(int versionId, int versionNo, String item) {
    }

    @Serdeable
    record DueJson(String kind, String date, boolean overdue) {
    }

    @Serdeable
    record CaseJson(String number, String area, String township, String sector, String department,
            String routedDepartment, String routedBy, BasisJson basis, String status, boolean open, String outcome,
            String rectificationDeadline, String receivedAt, DueJson due, int supports, List<StepJson> steps) {
        static CaseJson of(PublicCase c) {
            return new CaseJson(c.number(), c.area().code(), c.township() == null ? null : c.township().code(),
                    c.sector().code(), c.department().code(), c.routedDepartment().code(), c.rule().name(),
                    c.basis() == null ? null : new BasisJson(c.basis().versionId(), c.basis().versionNo(), c.basis().itemCode()),
                    c.status(), c.open(), c.outcome(),
                    c.rectificationDeadline() == null ? null : c.rectificationDeadline().toString(),
                    c.receivedAt().toString(),
                    c.dueOf().map(d -> new DueJson(d.kind().name(), d.date().toString(), d.overdue())).orElse(null),
                    c.supports(), c.steps().stream().map(StepJson::of).toList());
        }
    }

    @Serdeable
    record PageJson(long total, int offset, int limit, List<CaseJson> cases) {
    }

    @Serdeable
    record CountJson(String code, long cases) {
    }

    @Serdeable
    record FiguresJson(String department, int cases, int open, int overdue, Double overdueShare,
            Double medianDaysToAccept, Double medianDaysToClose) {
        static FiguresJson of(String department, CaseStatistics.Figures f) {
            return new FiguresJson(department, f.cases(), f.open(), f.overdue(), f.overdueShare().orElse(null),
                    f.medianDaysToAccept(), f.medianDaysToClose());
        }
    }

    @Serdeable
    record StatisticsJson(int cases, FiguresJson city, List<CountJson> byCounty, List<CountJson> bySector,
            List<CountJson> byStatus, List<FiguresJson> departments) {
    }

    /** Newest received first; area, sector and responsible department by code, status a case status code. */
    @Get("/cases")
    PageJson list(@Nullable @QueryValue String area, @Nullable @QueryValue String sector,
            @Nullable @QueryValue String department, @Nullable @QueryValue String status,
            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit) {
        Paging.check(offset, limit);
        List<PublicCase> found = cases.search(filter(area, sector, department, status));
        return new PageJson(found.size(), offset, limit, found.stream().skip(offset).limit(limit).map(CaseJson::of).toList());
    }

    @Get("/cases/statistics")
    StatisticsJson statistics() {
        CaseStatistics s = cases.statistics();
        return new StatisticsJson(s.cases(), FiguresJson.of(null, s.city()), counts(s.byCounty()), counts(s.bySector()),
                counts(s.byStatus()), s.departments().stream().map(d -> FiguresJson.of(d.department().code(), d.figures()))
                        .toList());
    }

    /** The same figures as the page's tables, one row per figure set, with the codes and the Chinese names. */
    @Get("/cases/statistics.csv")
    HttpResponse<byte[]> statisticsCsv() {
        CaseStatistics s = cases.statistics();
        StringBuilder csv = new StringBuilder("dimension,code,name,cases,open,overdue,overdue_share_percent,"
                + "median_days_to_accept,median_days_to_close\r\n");
        figures(csv, "city", "", "", s.city());
        s.byCounty().forEach((code, n) -> count(csv, "county", code,
                organization.area(code).map(a -> a.name().zh()).orElse(code), n));
        s.bySector().forEach((code, n) -> count(csv, "sector", code,
                organization.sector(code).map(x -> x.name().zh()).orElse(code), n));
        s.byStatus().forEach((code, n) -> count(csv, "status", code, code, n));
        s.departments().forEach(d -> figures(csv, "department", d.department().code(), d.department().name().zh(), d.figures()));
        return HttpResponse.ok(csv.toString().getBytes(StandardCharsets.UTF_8)).contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-statistics.csv\"");
    }

    @Get("/cases/{number}")
    CaseJson one(@PathVariable String number) {
        return cases.byNumber(number).map(CaseJson::of).orElseThrow(ResourceNotFoundException::new);
    }

    private PublicCaseFilter filter(String area, String sector, String department, String status) {
        String a = blankToNull(area);
        String s = blankToNull(sector);
        String d = blankToNull(department);
        String st = blankToNull(status);
        if (a != null && organization.area(a).isEmpty()) {
            throw new ValidationException("api.parameter.invalid", "area");
        }
        if (s != null && organization.sector(s).isEmpty()) {
            throw new ValidationException("api.parameter.invalid", "sector");
        }
        if (d != null && organization.department(d).isEmpty()) {
            throw new ValidationException("api.parameter.invalid", "department");
        }
        if (st != null && !cases.statuses().contains(st)) {
            throw new ValidationException("api.parameter.invalid", "status");
        }
        return new PublicCaseFilter(a, s, st, d);
    }

    private static List<CountJson> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new CountJson(e.getKey(), e.getValue())).toList();
    }

    private static void count(StringBuilder csv, String dimension, String code, String name, long cases) {
        csv.append(dimension).append(',').append(cell(code)).append(',').append(cell(name)).append(',').append(cases)
                .append(",,,,,\r\n");
    }

    private static void figures(StringBuilder csv, String dimension, String code, String name, CaseStatistics.Figures f) {
        csv.append(dimension).append(',').append(cell(code)).append(',').append(cell(name)).append(',').append(f.cases())
                .append(',').append(f.open()).append(',').append(f.overdue()).append(',')
                .append(CaseStatistics.percent(f.overdueShare())).append(',')
                .append(CaseStatistics.days(f.medianDaysToAccept())).append(',')
                .append(CaseStatistics.days(f.medianDaysToClose())).append("\r\n");
    }

    /** A CSV cell, quoted when it holds a comma, quote or line break; a leading formula sign is defused. */
    private static String cell(String value) {
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return v.matches("(?s).*[,\"\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
