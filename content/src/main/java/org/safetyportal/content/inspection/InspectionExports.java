package org.safetyportal.content.inspection;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safetyportal.content.exports.DataDictionary.Field;
import org.safetyportal.content.exports.DataDictionary.Format;
import org.safetyportal.content.exports.DocumentedRegister;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.exports.RegisterExport;
import org.safetyportal.content.exports.RegisterFile;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.publishing.ActingRole;

/**
 * A filtered set of published inspection results as CSV, Excel or JSON, with the values in force
 * (corrections applied, OVERDUE as of {@code asOf}). Provenance: the filter and the time of
 * generation (in the file name, the workbook's about sheet and the JSON), and for every record the
 * ledger subjects and content hashes of the record, its latest correction and its latest status event.
 */
@Singleton
public class InspectionExports implements DocumentedRegister {

    /** The fields of each record in the files, in order. */
    public static final List<Field> FIELDS = List.of(
            new Field("recordCode", Format.ITEM_CODE),
            new Field("kind", Format.INSPECTION_KIND),
            new Field("department", Format.DEPARTMENT_CODE),
            new Field("enterpriseName", Format.TEXT),
            new Field("creditCode", Format.CREDIT_CODE),
            new Field("area", Format.AREA_CODE),
            new Field("sector", Format.SECTOR_CODE),
            new Field("inspectionDate", Format.DATE),
            new Field("findings", Format.TEXT),
            new Field("violationBasis", Format.TEXT),
            new Field("violationDescription", Format.TEXT),
            new Field("measures", Format.TEXT),
            new Field("decisionNo", Format.TEXT),
            new Field("fineAmount", Format.MONEY),
            new Field("rectificationDeadline", Format.DATE),
            new Field("rectificationStatus", Format.RECTIFICATION_STATUS),
            new Field("rectifiedOn", Format.DATE),
            new Field("decisionDate", Format.DATE),
            new Field("publicationDate", Format.DATE),
            new Field("publishedLate", Format.BOOLEAN),
            new Field("publishedElsewhereOn", Format.DATE),
            new Field("publishedByRole", Format.ACTING_ROLE),
            new Field("publishedAt", Format.TIMESTAMP),
            new Field("ledgerSubject", Format.INSPECTION_SUBJECT),
            new Field("contentHash", Format.SHA256),
            new Field("correctedAt", Format.TIMESTAMP),
            new Field("correctionReason", Format.TEXT),
            new Field("correctionSubject", Format.INSPECTION_SUBJECT),
            new Field("correctionHash", Format.SHA256),
            new Field("statusSubject", Format.INSPECTION_SUBJECT),
            new Field("statusHash", Format.SHA256));

    private static final Documentation DOCUMENTATION = new Documentation("inspection", FIELDS, List.of(
            CodeList.of("inspectionKind", InspectionKind.values(), "inspections.kind."),
            CodeList.of("rectificationStatus", RectificationStatus.values(), "inspections.rectification.")), 20);

    private final InspectionRegister register;
    private final OrganizationDirectory organization;
    private final RegisterFile file;

    InspectionExports(InspectionRegister register, OrganizationDirectory organization, Clock clock) {
        this.register = register;
        this.organization = organization;
        this.file = new RegisterFile("inspections", DOCUMENTATION, clock, RegisterFile.MAX_RECORDS);
    }

    public RegisterExport export(InspectionFilter filter, ExportFormat format, Locale reader) {
        return file.write(format, reader, parameters(filter), register.today(), register.count(filter),
                limit -> register.search(filter, 0, limit).stream().map(InspectionExports::row).toList());
    }

    /** The filter as {@code name=value} pairs joined by semicolons, codes only; {@code all} when nothing narrows it. */
    public String describe(InspectionFilter filter) {
        return RegisterFile.describe(parameters(filter));
    }

    /** The filter as the parameters of the API's export, in order: area, sector, department, from, to, kind, status. */
    public Map<String, String> parameters(InspectionFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        RegisterFile.put(parameters, "area", filter.areaCode());
        RegisterFile.put(parameters, "sector", filter.sectorCode());
        RegisterFile.putDepartment(parameters, organization, filter.departmentId());
        RegisterFile.put(parameters, "from", filter.from());
        RegisterFile.put(parameters, "to", filter.to());
        RegisterFile.put(parameters, "kind", filter.kind());
        RegisterFile.put(parameters, "status", filter.status());
        return parameters;
    }

    /** One record under the names of {@link #FIELDS}. */
    public static Map<String, Object> row(InspectionRecord r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("recordCode", r.recordCode());
        row.put("kind", r.kind().name());
        row.put("department", r.department().code());
        row.put("enterpriseName", r.enterpriseName());
        row.put("creditCode", r.creditCode());
        row.put("area", r.area().code());
        row.put("sector", r.sector().code());
        row.put("inspectionDate", RegisterFile.text(r.inspectionDate()));
        row.put("findings", r.findings());
        row.put("violationBasis", r.violationBasis());
        row.put("violationDescription", r.violationDescription());
        row.put("measures", r.measures());
        row.put("decisionNo", r.decisionNo());
        row.put("fineAmount", r.fineAmount() == null ? null : r.fineAmount().setScale(2).toPlainString());
        row.put("rectificationDeadline", RegisterFile.text(r.rectificationDeadline()));
        row.put("rectificationStatus", r.rectificationStatus().name());
        row.put("rectifiedOn", RegisterFile.text(r.rectifiedOn()));
        row.put("decisionDate", RegisterFile.text(r.decisionDate()));
        row.put("publicationDate", RegisterFile.text(r.publicationDate()));
        row.put("publishedLate", r.publishedLate());
        row.put("publishedElsewhereOn", RegisterFile.text(r.publishedElsewhereOn()));
        row.put("publishedByRole", ActingRole.PUBLISHER);
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

    @Override
    public Documentation documentation() {
        return DOCUMENTATION;
    }
}
