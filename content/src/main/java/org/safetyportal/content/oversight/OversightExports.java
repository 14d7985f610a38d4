package org.safetyportal.content.oversight;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
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
import org.safetyportal.content.publishing.ActingRole;

/**
 * A filtered set of the 巡查/考核/督查 results as CSV, Excel or JSON: each result with the inspecting
 * department and the inspected party, grade, dates, findings, whether it was published late, where its
 * rectification stands as of {@code asOf}, and the ledger subjects and content hashes of the result and
 * of its rectification report.
 */
@Singleton
public class OversightExports implements DocumentedRegister {

    /** The fields of each record in the files, in order. */
    public static final List<Field> FIELDS = List.of(
            new Field("resultCode", Format.ITEM_CODE),
            new Field("kind", Format.OVERSIGHT_KIND),
            new Field("conductingDepartment", Format.DEPARTMENT_CODE),
            new Field("partyType", Format.PARTY_TYPE),
            new Field("inspectedParty", Format.PARTY_CODE),
            new Field("documentNo", Format.TEXT),
            new Field("periodStart", Format.DATE),
            new Field("periodEnd", Format.DATE),
            new Field("year", Format.YEAR),
            new Field("findings", Format.TEXT),
            new Field("grade", Format.ASSESSMENT_GRADE),
            new Field("score", Format.DECIMAL),
            new Field("rectificationRequirements", Format.TEXT),
            new Field("rectificationDeadline", Format.DATE),
            new Field("rectificationState", Format.RECTIFICATION_STATE),
            new Field("reportDate", Format.DATE),
            new Field("reportedLate", Format.BOOLEAN),
            new Field("decisionDate", Format.DATE),
            new Field("publicationDate", Format.DATE),
            new Field("publishedLate", Format.BOOLEAN),
            new Field("publishedElsewhereOn", Format.DATE),
            new Field("publishedByRole", Format.ACTING_ROLE),
            new Field("publishedAt", Format.TIMESTAMP),
            new Field("ledgerSubject", Format.OVERSIGHT_SUBJECT),
            new Field("contentHash", Format.SHA256),
            new Field("reportSubject", Format.OVERSIGHT_SUBJECT),
            new Field("reportHash", Format.SHA256));

    private static final Documentation DOCUMENTATION = new Documentation("oversight", FIELDS, List.of(
            CodeList.of("oversightKind", OversightKind.values(), "oversight.kind."),
            CodeList.of("assessmentGrade", AssessmentGrade.values(), "oversight.grade."),
            CodeList.of("rectificationState", RectificationState.values(), "oversight.rectification.")), 50);

    private final OversightRegister register;
    private final RegisterFile file;

    @Inject
    OversightExports(OversightRegister register, Clock clock) {
        this(register, clock, RegisterFile.MAX_RECORDS);
    }

    /** With another limit of records per file than the usual one, as the tests of the refusal use. */
    public OversightExports(OversightRegister register, Clock clock, int maxRecords) {
        this.register = register;
        this.file = new RegisterFile("oversight", DOCUMENTATION, clock, maxRecords);
    }

    /** Refused in words when the filter is bad or matches more results than one file holds. */
    public RegisterExport export(OversightFilter filter, ExportFormat format, Locale reader) {
        LocalDate today = register.today();
        return file.write(format, reader, parameters(filter), today, register.count(filter),
                limit -> register.search(filter, 0, limit).stream().map(r -> row(r, today)).toList());
    }

    /** The filter as the parameters of the API's list and export, in order: kind, year, area, department. */
    public Map<String, String> parameters(OversightFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        RegisterFile.put(parameters, "kind", filter.kind());
        RegisterFile.put(parameters, "year", filter.year());
        RegisterFile.put(parameters, "area", filter.areaCode());
        RegisterFile.put(parameters, "department", filter.departmentCode());
        return parameters;
    }

    /** One result under the names of {@link #FIELDS}, its rectification as of {@code today}. */
    public static Map<String, Object> row(OversightResult r, LocalDate today) {
        RectificationReport report = r.report();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("resultCode", r.resultCode());
        row.put("kind", r.kind().name());
        row.put("conductingDepartment", r.conductingDepartment().code());
        row.put("partyType", r.inspectedParty().isGovernment() ? "AREA_GOVERNMENT" : "DEPARTMENT");
        row.put("inspectedParty", r.inspectedParty().code());
        row.put("documentNo", r.documentNo());
        row.put("periodStart", RegisterFile.text(r.periodStart()));
        row.put("periodEnd", RegisterFile.text(r.periodEnd()));
        row.put("year", r.year());
        row.put("findings", r.findings());
        row.put("grade", r.grade() == null ? null : r.grade().name());
        row.put("score", r.score() == null ? null : r.score().toPlainString());
        row.put("rectificationRequirements", r.rectificationRequirements());
        row.put("rectificationDeadline", RegisterFile.text(r.rectificationDeadline()));
        row.put("rectificationState", r.rectificationState(today).name());
        row.put("reportDate", report == null ? null : report.reportDate().toString());
        row.put("reportedLate", r.reportedLate());
        row.put("decisionDate", RegisterFile.text(r.decisionDate()));
        row.put("publicationDate", RegisterFile.text(r.publicationDate()));
        row.put("publishedLate", r.publishedLate());
        row.put("publishedElsewhereOn", RegisterFile.text(r.publishedElsewhereOn()));
        row.put("publishedByRole", ActingRole.PUBLISHER);
        row.put("publishedAt", RegisterFile.text(r.publishedAt()));
        row.put("ledgerSubject", r.ledgerSubject());
        row.put("contentHash", r.contentHash());
        row.put("reportSubject", report == null ? null : report.ledgerSubject());
        row.put("reportHash", report == null ? null : report.contentHash());
        return row;
    }

    @Override
    public Documentation documentation() {
        return DOCUMENTATION;
    }
}
