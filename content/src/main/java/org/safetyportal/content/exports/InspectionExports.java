package org.safetyportal.content.exports;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.inspection.InspectionFilter;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.organization.OrganizationDirectory;

/**
 * A filtered set of published inspection results as CSV, Excel or JSON, with the values in force
 * (corrections applied, OVERDUE as of {@code asOf}). Provenance: the filter and the time of
 * generation (in the file name, the workbook's about sheet and the JSON), and for every record the
 * ledger subjects and content hashes of the record, its latest correction and its latest status event.
 */
@Singleton
public class InspectionExports {

    /** More than this many records at once are refused: narrow the filter, or page through the API. */
    public static final int MAX_RECORDS = 10_000;
    static final String RECORDS = "records";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final InspectionRegister register;
    private final OrganizationDirectory organization;
    private final Clock clock;

    InspectionExports(InspectionRegister register, OrganizationDirectory organization, Clock clock) {
        this.register = register;
        this.organization = organization;
        this.clock = clock;
    }

    public InspectionExport export(InspectionFilter filter, ExportFormat format) {
        long total = register.count(filter);
        if (total > MAX_RECORDS) {
            throw new ValidationException("inspections.export.tooMany", total, MAX_RECORDS);
        }
        List<InspectionRecord> records = register.search(filter, 0, MAX_RECORDS);
        Instant generatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String description = describe(filter);
        List<Map<String, Object>> rows = records.stream().map(InspectionExports::row).toList();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("filter", description);
        about.put("generatedAt", generatedAt.toString());
        about.put("asOf", register.today().toString());
        about.put("total", rows.size());
        List<String> names = DataDictionary.inspectionFields().stream().map(DataDictionary.Field::name).toList();
        byte[] bytes = switch (format) {
            case CSV -> CsvWriter.table(names, rows);
            case XLSX -> XlsxWriter.workbook(RECORDS, names, rows, about, "inspections " + description, Date.from(generatedAt));
            case JSON -> json(about, rows);
        };
        String fileName = "inspections_" + description.replace('=', '-').replace(';', '_').replaceAll("[^A-Za-z0-9._-]", "-")
                + "_" + STAMP.format(generatedAt) + "." + format.extension();
        return new InspectionExport(format, fileName, bytes, description, generatedAt, rows.size());
    }

    /** The filter as {@code name=value} pairs joined by semicolons, codes only; {@code all} when nothing narrows it. */
    public String describe(InspectionFilter filter) {
        List<String> parts = new ArrayList<>();
        add(parts, "area", filter.areaCode());
        add(parts, "sector", filter.sectorCode());
        if (filter.departmentId() != null) {
            add(parts, "department", organization.department(filter.departmentId()).map(d -> d.code())
                    .orElse(String.valueOf(filter.departmentId())));
        }
        add(parts, "from", filter.from());
        add(parts, "to", filter.to());
        add(parts, "kind", filter.kind());
        add(parts, "status", filter.status());
        return parts.isEmpty() ? "all" : String.join(";", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }

    private static byte[] json(Map<String, Object> about, List<Map<String, Object>> rows) {
        Map<String, Object> json = new LinkedHashMap<>(about);
        json.put(RECORDS, rows);
        return CanonicalJson.write(json).getBytes(StandardCharsets.UTF_8);
    }

    /** One record under the names of {@link DataDictionary#inspectionFields()}. */
    static Map<String, Object> row(InspectionRecord r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("recordCode", r.recordCode());
        row.put("kind", r.kind().name());
        row.put("department", r.department().code());
        row.put("enterpriseName", r.enterpriseName());
        row.put("creditCode", r.creditCode());
        row.put("area", r.area().code());
        row.put("sector", r.sector().code());
        row.put("inspectionDate", text(r.inspectionDate()));
        row.put("findings", r.findings());
        row.put("violationBasis", r.violationBasis());
        row.put("violationDescription", r.violationDescription());
        row.put("measures", r.measures());
        row.put("decisionNo", r.decisionNo());
        row.put("fineAmount", r.fineAmount() == null ? null : r.fineAmount().setScale(2).toPlainString());
        row.put("rectificationDeadline", text(r.rectificationDeadline()));
        row.put("rectificationStatus", r.rectificationStatus().name());
        row.put("rectifiedOn", text(r.rectifiedOn()));
        row.put("decisionDate", text(r.decisionDate()));
        row.put("publicationDate", text(r.publicationDate()));
        row.put("publishedLate", r.publishedLate());
        row.put("publishedBy", r.publishedBy());
        row.put("publishedAt", r.publishedAt().toString());
        row.put("ledgerSubject", r.ledgerSubject());
        row.put("contentHash", r.contentHash());
        row.put("correctedAt", r.corrected() ? r.correction().correctedAt().toString() : null);
        row.put("correctionReason", r.corrected() ? r.correction().reason() : null);
        row.put("correctionSubject", r.corrected() ? r.correction().ledgerSubject() : null);
        row.put("correctionHash", r.corrected() ? r.correction().contentHash() : null);
        row.put("statusSubject", r.statusEvent() == null ? null : r.statusEvent().ledgerSubject());
        row.put("statusHash", r.statusEvent() == null ? null : r.statusEvent().contentHash());
        return row;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
