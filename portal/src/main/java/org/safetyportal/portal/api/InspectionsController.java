package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.inspection.InspectionFilter;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.InspectionRegister;

/** Inspection results as open data: a filtered, paged register, and every record of one enterprise. */
@Controller("/api/v1")
class InspectionsController {

    private static final int MAX_PAGE = 500;

    private final InspectionRegister register;

    InspectionsController(InspectionRegister register) {
        this.register = register;
    }

    @Serdeable
    record RecordJson(String recordCode, String kind, String department, String enterpriseName, String creditCode,
            String area, String sector, String inspectionDate, String findings, String violationBasis,
            String violationDescription, String measures, String decisionNo, BigDecimal fineAmount,
            String rectificationDeadline, String rectificationStatus, String decisionDate, String publicationDate,
            boolean publishedLate, String publishedBy, String publishedAt, String contentHash, String ledgerSubject) {
        static RecordJson of(InspectionRecord r) {
            return new RecordJson(r.recordCode(), r.kind().name(), r.department().code(), r.enterpriseName(),
                    r.creditCode(), r.area().code(), r.sector().code(), r.inspectionDate().toString(), r.findings(),
                    r.violationBasis(), r.violationDescription(), r.measures(), r.decisionNo(), r.fineAmount(),
                    r.rectificationDeadline() == null ? null : r.rectificationDeadline().toString(),
                    r.rectificationStatus().name(), r.decisionDate().toString(), r.publicationDate().toString(),
                    r.publishedLate(), r.publishedBy(), r.publishedAt().toString(), r.contentHash(), r.ledgerSubject());
        }
    }

    @Serdeable
    record PageJson(long total, int offset, int limit, List<RecordJson> records) {
    }

    @Serdeable
    record EnterpriseJson(String creditCode, String enterpriseName, List<RecordJson> records) {
    }

    /** Newest inspection first; area and sector by code, from and to as inspection dates (inclusive). */
    @Get("/inspections")
    PageJson inspections(@Nullable @QueryValue String area, @Nullable @QueryValue String sector,
            @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new ValidationException("api.page.invalid", MAX_PAGE);
        }
        InspectionFilter filter = new InspectionFilter(blankToNull(area), blankToNull(sector), null,
                date("from", from), date("to", to));
        return new PageJson(register.count(filter), offset, limit,
                register.search(filter, offset, limit).stream().map(RecordJson::of).toList());
    }

    @Get("/enterprises/{creditCode}")
    EnterpriseJson enterprise(@PathVariable String creditCode) {
        List<InspectionRecord> records = register.byCreditCode(creditCode);
        if (records.isEmpty()) {
            throw new ResourceNotFoundException();
        }
        return new EnterpriseJson(creditCode, records.get(0).enterpriseName(),
                records.stream().map(RecordJson::of).toList());
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
