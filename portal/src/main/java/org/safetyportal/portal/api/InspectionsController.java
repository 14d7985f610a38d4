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
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.inspection.InspectionExports;
import org.safetyportal.content.inspection.InspectionCorrection;
import org.safetyportal.content.inspection.InspectionFilter;
import org.safetyportal.content.inspection.InspectionHistory;
import org.safetyportal.content.inspection.InspectionKind;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.inspection.RectificationEvent;
import org.safetyportal.content.inspection.RectificationStatus;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.publishing.ActingRole;

/**
 * Inspection results as open data: a filtered, paged register (values in force, corrections
 * applied, OVERDUE derived), one record with its history, the filtered set as a file, and every
 * record of one enterprise.
 */
@Controller("/api/v1")
class InspectionsController {

    private final InspectionRegister register;
    private final InspectionExports exports;
    private final OrganizationDirectory organization;

    InspectionsController(InspectionRegister register, InspectionExports exports, OrganizationDirectory organization) {
        this.register = register;
        this.exports = exports;
        this.organization = organization;
    }

    @Serdeable
    record RecordJson(String recordCode, String kind, String department, String enterpriseName, String creditCode,
            String area, String sector, String inspectionDate, String findings, String violationBasis,
            String violationDescription, String measures, String decisionNo, BigDecimal fineAmount,
            String rectificationDeadline, String rectificationStatus, String decisionDate, String publicationDate,
            boolean publishedLate, String publishedElsewhereOn, String publishedByRole, String publishedAt,
            String contentHash, String ledgerSubject, CorrectionJson correction, StatusJson statusEvent) {
        static RecordJson of(InspectionRecord r) {
            return new RecordJson(r.recordCode(), r.kind().name(), r.department().code(), r.enterpriseName(),
                    r.creditCode(), r.area().code(), r.sector().code(), r.inspectionDate().toString(), r.findings(),
                    r.violationBasis(), r.violationDescription(), r.measures(), r.decisionNo(), r.fineAmount(),
                    r.rectificationDeadline() == null ? null : r.rectificationDeadline().toString(),
                    r.rectificationStatus().name(), r.decisionDate().toString(), r.publicationDate().toString(),
                    r.publishedLate(), r.publishedElsewhereOn() == null ? null : r.publishedElsewhereOn().toString(),
                    ActingRole.PUBLISHER, r.publishedAt().toString(), r.contentHash(), r.ledgerSubject(),
                    r.corrected() ? CorrectionJson.of(r.correction()) : null,
                    r.statusEvent() == null ? null : StatusJson.of(r.statusEvent()));
        }
    }

    @Serdeable
    record CorrectionJson(int correctionNo, Map<String, String> fields, String reason, String correctedByRole,
            String correctedAt, String contentHash, String ledgerSubject) {
        static CorrectionJson of(InspectionCorrection c) {
            return new CorrectionJson(c.correctionNo(), c.facts().fields(), c.reason(), ActingRole.PUBLISHER,
                    c.correctedAt().toString(), c.contentHash(), c.ledgerSubject());
        }
    }

    @Serdeable
    record StatusJson(int eventNo, String status, String statusDate, String note, String recordedByRole, String recordedAt,
            String contentHash, String ledgerSubject) {
        static StatusJson of(RectificationEvent e) {
            return new StatusJson(e.eventNo(), e.status().name(), e.statusDate().toString(), e.note(), ActingRole.PUBLISHER,
                    e.recordedAt().toString(), e.contentHash(), e.ledgerSubject());
        }
    }

    @Serdeable
    record HistoryJson(RecordJson current, RecordJson original, List<CorrectionJson> corrections, List<StatusJson> statusEvents) {
    }

    @Serdeable
    record PageJson(long total, int offset, int limit, List<RecordJson> records) {
    }

    /**
     * Newest inspection first, ties by record number; area, sector and department by code, from and to
     * as inspection dates (inclusive), kind and status (OVERDUE included) by code.
     */
    @Get("/inspections")
    PageJson inspections(@Nullable @QueryValue String area, @Nullable @QueryValue String sector,
            @Nullable @QueryValue String department, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue String kind, @Nullable @QueryValue String status,
            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit) {
        Paging.check(offset, limit);
        InspectionFilter filter = filter(area, sector, department, from, to, kind, status);
        return new PageJson(register.count(filter), offset, limit,
                register.search(filter, offset, limit).stream().map(RecordJson::of).toList());
    }

    @Get("/inspections/export.csv")
    HttpResponse<byte[]> csv(@Nullable @QueryValue String area, @Nullable @QueryValue String sector,
            @Nullable @QueryValue String department, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue String kind, @Nullable @QueryValue String status, HttpRequest<?> request) {
        return export(filter(area, sector, department, from, to, kind, status), ExportFormat.CSV, request);
    }

    @Get("/inspections/export.xlsx")
    HttpResponse<byte[]> xlsx(@Nullable @QueryValue String area, @Nullable @QueryValue String sector,
            @Nullable @QueryValue String department, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue String kind, @Nullable @QueryValue String status, HttpRequest<?> request) {
        return export(filter(area, sector, department, from, to, kind, status), ExportFormat.XLSX, request);
    }

    @Get("/inspections/export.json")
    HttpResponse<byte[]> json(@Nullable @QueryValue String area, @Nullable @QueryValue String sector,
            @Nullable @QueryValue String department, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue String kind, @Nullable @QueryValue String status, HttpRequest<?> request) {
        return export(filter(area, sector, department, from, to, kind, status), ExportFormat.JSON, request);
    }

    /** One record as it reads now, as first published, its corrections and its status events. */
    @Get("/inspections/{recordCode}")
    HistoryJson record(@PathVariable String recordCode) {
        InspectionHistory history = register.history(recordCode).orElseThrow(ResourceNotFoundException::new);
        return new HistoryJson(RecordJson.of(history.current()), RecordJson.of(history.original()),
                history.corrections().stream().map(CorrectionJson::of).toList(),
                history.events().stream().map(StatusJson::of).toList());
    }

    private HttpResponse<byte[]> export(InspectionFilter filter, ExportFormat format, HttpRequest<?> request) {
        return RegisterDownloads.of(exports.export(filter, format, ApiLanguage.of(request)));
    }

    private InspectionFilter filter(String area, String sector, String department, String from, String to, String kind,
            String status) {
        Integer departmentId = null;
        if (blankToNull(department) != null) {
            departmentId = organization.department(department)
                    .orElseThrow(() -> new ValidationException("inspections.department.unknown")).id();
        }
        return new InspectionFilter(blankToNull(area), blankToNull(sector), departmentId, date("from", from), date("to", to),
                code("kind", kind, InspectionKind.class), code("status", status, RectificationStatus.class));
    }

    private static <E extends Enum<E>> E code(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("api.parameter.invalid", parameter);
        }
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException("api.parameter.invalid", parameter);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
