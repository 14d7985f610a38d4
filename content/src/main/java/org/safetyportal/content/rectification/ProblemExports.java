package org.safetyportal.content.rectification;

import jakarta.inject.Inject;
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
import org.safetyportal.content.publishing.ActingRole;

/**
 * A filtered set of the 问题整改清单 as CSV, Excel or JSON: each problem with its measures, responsible unit,
 * deadline, status and whether it is overdue as of the day of the file, its completion, the entries it is
 * linked to, and the ledger subjects and content hashes of the entry and of its completion.
 */
@Singleton
public class ProblemExports implements DocumentedRegister {

    /** The fields of each record in the files, in order. */
    public static final List<Field> FIELDS = List.of(
            new Field("problemCode", Format.TEXT),
            new Field("department", Format.DEPARTMENT_CODE),
            new Field("source", Format.PROBLEM_SOURCE),
            new Field("campaign", Format.TEXT),
            new Field("inspectedParty", Format.TEXT),
            new Field("area", Format.AREA_CODE),
            new Field("description", Format.TEXT),
            new Field("measures", Format.TEXT),
            new Field("responsibleUnit", Format.TEXT),
            new Field("foundDate", Format.DATE),
            new Field("deadline", Format.DATE),
            new Field("status", Format.PROBLEM_STATUS),
            new Field("overdue", Format.BOOLEAN),
            new Field("completedOn", Format.DATE),
            new Field("completionNote", Format.TEXT),
            new Field("hazard", Format.TEXT),
            new Field("inspection", Format.TEXT),
            new Field("oversight", Format.TEXT),
            new Field("recordedByRole", Format.ACTING_ROLE),
            new Field("recordedAt", Format.TIMESTAMP),
            new Field("ledgerSubject", Format.RECTIFICATION_SUBJECT),
            new Field("contentHash", Format.SHA256),
            new Field("completionSubject", Format.RECTIFICATION_SUBJECT),
            new Field("completionHash", Format.SHA256));

    private static final Documentation DOCUMENTATION = new Documentation("problem", FIELDS, List.of(
            CodeList.of("problemSource", ProblemSource.values(), "rectification.source."),
            CodeList.of("problemStatus", ProblemStatus.values(), "rectification.status.")), 31);

    private final ProblemRegister register;
    private final RegisterFile file;

    @Inject
    ProblemExports(ProblemRegister register, Clock clock) {
        this(register, clock, RegisterFile.MAX_RECORDS);
    }

    /** With another limit of records per file than the usual one, as the tests of the refusal use. */
    public ProblemExports(ProblemRegister register, Clock clock, int maxRecords) {
        this.register = register;
        this.file = new RegisterFile("rectification", DOCUMENTATION, clock, maxRecords);
    }

    /** Refused in words when the filter is bad or matches more records than one file holds. */
    public RegisterExport export(ProblemFilter filter, ExportFormat format, Locale reader) {
        return file.write(format, reader, parameters(filter), register.today(), register.count(filter),
                limit -> register.search(filter, 0, limit).stream().map(ProblemExports::row).toList());
    }

    /** The filter as the parameters of the API's list and export, in order: area, source, status. */
    public Map<String, String> parameters(ProblemFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        RegisterFile.put(parameters, "area", filter.areaCode());
        RegisterFile.put(parameters, "source", filter.source());
        RegisterFile.put(parameters, "status", filter.status());
        return parameters;
    }

    /** One problem under the names of {@link #FIELDS}. */
    public static Map<String, Object> row(RectificationProblem p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("problemCode", p.problemCode());
        row.put("department", p.department().code());
        row.put("source", p.source().name());
        row.put("campaign", p.campaign());
        row.put("inspectedParty", p.inspectedParty());
        row.put("area", p.area().code());
        row.put("description", p.description());
        row.put("measures", p.measures());
        row.put("responsibleUnit", p.responsibleUnit());
        row.put("foundDate", RegisterFile.text(p.foundDate()));
        row.put("deadline", RegisterFile.text(p.deadline()));
        row.put("status", p.status().name());
        row.put("overdue", p.overdue());
        row.put("completedOn", p.completion().map(c -> c.date().toString()).orElse(null));
        row.put("completionNote", p.completion().map(ProblemCompletion::note).orElse(null));
        row.put("hazard", p.hazardCode());
        row.put("inspection", p.inspectionCode());
        row.put("oversight", p.oversightCode());
        row.put("recordedByRole", ActingRole.PUBLISHER);
        row.put("recordedAt", RegisterFile.text(p.recordedAt()));
        row.put("ledgerSubject", p.ledgerSubject());
        row.put("contentHash", p.contentHash());
        row.put("completionSubject", p.completion().map(ProblemCompletion::ledgerSubject).orElse(null));
        row.put("completionHash", p.completion().map(ProblemCompletion::contentHash).orElse(null));
        return row;
    }

    @Override
    public Documentation documentation() {
        return DOCUMENTATION;
    }
}
