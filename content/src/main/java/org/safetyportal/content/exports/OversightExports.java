package org.safetyportal.content.exports;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safetyportal.content.oversight.OversightFilter;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.content.oversight.OversightResult;
import org.safetyportal.content.oversight.RectificationReport;

/**
 * A filtered set of the 巡查/考核/督查 results as CSV, Excel or JSON: each result with the inspecting
 * department and the inspected party, grade, dates, findings, whether it was published late, where its
 * rectification stands as of {@code asOf}, and the ledger subjects and content hashes of the result and
 * of its rectification report.
 */
@Singleton
public class OversightExports {

    private final OversightRegister register;
    private final RegisterFile file;

    @Inject
    OversightExports(OversightRegister register, Clock clock) {
        this(register, clock, RegisterFile.MAX_RECORDS);
    }

    OversightExports(OversightRegister register, Clock clock, int maxRecords) {
        this.register = register;
        this.file = new RegisterFile("oversight", DataDictionary.oversightFields(), clock, maxRecords);
    }

    /** Refused in words when the filter is bad or matches more results than one file holds. */
    public RegisterExport export(OversightFilter filter, ExportFormat format) {
        LocalDate today = register.today();
        return file.write(format, parameters(filter), today, register.count(filter),
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

    /** One result under the names of {@link DataDictionary#oversightFields()}, its rectification as of {@code today}. */
    static Map<String, Object> row(OversightResult r, LocalDate today) {
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
        row.put("publishedBy", r.publishedBy());
        row.put("publishedAt", RegisterFile.text(r.publishedAt()));
        row.put("ledgerSubject", r.ledgerSubject());
        row.put("contentHash", r.contentHash());
        row.put("reportSubject", report == null ? null : report.ledgerSubject());
        row.put("reportHash", report == null ? null : report.contentHash());
        return row;
    }
}
