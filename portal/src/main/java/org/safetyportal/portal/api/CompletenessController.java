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
import org.safetyportal.content.completeness.CompletenessExports;
import org.safetyportal.content.completeness.CompletenessReport;
import org.safetyportal.content.completeness.DepartmentCompleteness;
import org.safetyportal.content.completeness.ListStanding;
import org.safetyportal.content.completeness.OversightTally;

/**
 * Who has not published, as open data: for one year (this year unless asked), every department with
 * safety duties, with the state of each of its lists and its oversight counts against the notice's
 * minimum; and the same as a file. Cached per ledger head with an ETag like every open-data answer.
 */
@Controller("/api/v1")
class CompletenessController {

    private final CompletenessExports exports;

    CompletenessController(CompletenessExports exports) {
        this.exports = exports;
    }

    @Serdeable
    record ListJson(String listType, String state, Integer year, String ledgerSubject, String contentHash,
            String permalink) {
        static ListJson of(ListStanding s) {
            return s.latest().map(v -> new ListJson(s.type().name(), s.state().name(), v.type().isAnnual() ? v.year() : null,
                    v.ledgerSubject(), v.contentHash(), "/lists/version/" + v.id()))
                    .orElseGet(() -> new ListJson(s.type().name(), s.state().name(), null, null, null, null));
        }
    }

    @Serdeable
    record OversightJson(boolean applies, int supervisions, int minimumSupervisions, int toursAndAssessments,
            int minimumToursAndAssessments, boolean meetsMinimum) {
        static OversightJson of(OversightTally t) {
            return new OversightJson(t.applies(), t.supervisions(), OversightTally.MINIMUM_SUPERVISIONS,
                    t.toursAndAssessments(), OversightTally.MINIMUM_TOURS_AND_ASSESSMENTS, t.meetsMinimum());
        }
    }

    @Serdeable
    record DepartmentJson(String department, String nameZh, String nameEn, String area, boolean listsComplete,
            boolean overdue, List<ListJson> lists, OversightJson oversight) {
        static DepartmentJson of(DepartmentCompleteness d) {
            return new DepartmentJson(d.department().code(), d.department().name().zh(), d.department().name().en(),
                    d.department().area().code(), d.listsComplete(), d.hasOverdue(),
                    d.lists().stream().map(ListJson::of).toList(), OversightJson.of(d.oversight()));
        }
    }

    @Serdeable
    record ReportJson(int year, String asOf, String area, int total, long complete, long withOverdue,
            long publishedNothing, long belowOversightMinimum, List<DepartmentJson> departments) {
    }

    /** One year's report, optionally of one area ({@code area=ZZ}); a year before the notice or in the future is a 400 in words. */
    @Get("/completeness")
    ReportJson completeness(@Nullable @QueryValue Integer year, @Nullable @QueryValue String area) {
        CompletenessReport report = exports.report(year);
        String areaCode = exports.checkedArea(blankToNull(area));
        CompletenessReport shown = new CompletenessReport(report.year(), report.asOf(), report.inArea(areaCode));
        return new ReportJson(shown.year(), shown.asOf().toString(), areaCode, shown.departments().size(), shown.complete(),
                shown.withOverdue(), shown.withNothing(), shown.belowOversightMinimum(),
                shown.departments().stream().map(DepartmentJson::of).toList());
    }

    /** The same as {@code export.csv}, {@code .xlsx} or {@code .json}. */
    @Get("/completeness/export.{extension}")
    HttpResponse<byte[]> export(@PathVariable String extension, @Nullable @QueryValue Integer year,
            @Nullable @QueryValue String area, HttpRequest<?> request) {
        return RegisterDownloads.of(exports.export(year, blankToNull(area), RegisterDownloads.format(extension),
                ApiLanguage.of(request)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
