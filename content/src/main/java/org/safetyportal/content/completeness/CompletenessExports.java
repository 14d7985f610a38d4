package org.safetyportal.content.completeness;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.exports.DataDictionary.Field;
import org.safetyportal.content.exports.DataDictionary.Format;
import org.safetyportal.content.exports.DocumentedRegister;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.exports.RegisterExport;
import org.safetyportal.content.exports.RegisterFile;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.organization.OrganizationDirectory;

/**
 * The completeness report of one year (and area) as CSV, Excel or JSON: one row per department with the
 * state of each of its three lists, the ledger subject and content hash of the version that decides it,
 * and its oversight counts against the notice's minimum.
 */
@Singleton
public class CompletenessExports implements DocumentedRegister {

    private static final Map<ListType, String> PREFIX = Map.of(ListType.POWER, "power", ListType.RESPONSIBILITY,
            "responsibility", ListType.ANNUAL_TASKS, "annualTasks");

    public static final List<Field> FIELDS = List.of(
            new Field("department", Format.DEPARTMENT_CODE),
            new Field("area", Format.AREA_CODE),
            new Field("powerState", Format.COMPLETENESS_STATE),
            new Field("powerSubject", Format.LEDGER_SUBJECT),
            new Field("powerHash", Format.SHA256),
            new Field("responsibilityState", Format.COMPLETENESS_STATE),
            new Field("responsibilitySubject", Format.LEDGER_SUBJECT),
            new Field("responsibilityHash", Format.SHA256),
            new Field("annualTasksState", Format.COMPLETENESS_STATE),
            new Field("annualTasksYear", Format.YEAR),
            new Field("annualTasksSubject", Format.LEDGER_SUBJECT),
            new Field("annualTasksHash", Format.SHA256),
            new Field("supervisions", Format.NUMBER),
            new Field("toursAndAssessments", Format.NUMBER),
            new Field("oversightApplies", Format.BOOLEAN),
            new Field("meetsOversightMinimum", Format.BOOLEAN));

    private static final Documentation DOCUMENTATION = new Documentation("completeness", FIELDS, List.of(
            CodeList.of("completenessState", ListState.values(), "completeness.state.")), 60);

    private final PublicationCompleteness completeness;
    private final OrganizationDirectory organization;
    private final RegisterFile file;

    @Inject
    CompletenessExports(PublicationCompleteness completeness, OrganizationDirectory organization, Clock clock) {
        this.completeness = completeness;
        this.organization = organization;
        this.file = new RegisterFile("completeness", DOCUMENTATION, clock, RegisterFile.MAX_RECORDS);
    }

    /** The year's report (this year when null), narrowed to one area when its code is given; refused in words for an unknown area or year. */
    public RegisterExport export(Integer year, String areaCode, ExportFormat format, Locale reader) {
        CompletenessReport report = report(year);
        List<DepartmentCompleteness> departments = report.inArea(checkedArea(areaCode));
        return file.write(format, reader, parameters(report.year(), areaCode), report.asOf(), departments.size(),
                limit -> departments.stream().limit(limit).map(CompletenessExports::row).toList());
    }

    /** The report of the year asked (this year when null). */
    public CompletenessReport report(Integer year) {
        return year == null ? completeness.current() : completeness.report(year);
    }

    /** An area code the directory knows, or null for all; an unknown one is refused in words. */
    public String checkedArea(String areaCode) {
        if (areaCode != null && organization.area(areaCode).isEmpty()) {
            throw new ValidationException("completeness.area.unknown", areaCode);
        }
        return areaCode;
    }

    /** The parameters of the API and the files, in order: year, area. */
    public Map<String, String> parameters(int year, String areaCode) {
        Map<String, String> parameters = new LinkedHashMap<>();
        RegisterFile.put(parameters, "year", year);
        RegisterFile.put(parameters, "area", areaCode);
        return parameters;
    }

    /** One department under the names of {@link #FIELDS}. */
    public static Map<String, Object> row(DepartmentCompleteness d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("department", d.department().code());
        row.put("area", d.department().area().code());
        for (ListStanding standing : d.lists()) {
            String prefix = PREFIX.get(standing.type());
            ListVersion version = standing.version();
            row.put(prefix + "State", standing.state().name());
            if (standing.type().isAnnual()) {
                row.put(prefix + "Year", version == null ? null : version.year());
            }
            row.put(prefix + "Subject", version == null ? null : version.ledgerSubject());
            row.put(prefix + "Hash", version == null ? null : version.contentHash());
        }
        OversightTally tally = d.oversight();
        row.put("supervisions", tally.applies() ? tally.supervisions() : null);
        row.put("toursAndAssessments", tally.applies() ? tally.toursAndAssessments() : null);
        row.put("oversightApplies", tally.applies());
        row.put("meetsOversightMinimum", tally.meetsMinimum());
        return row;
    }

    @Override
    public Documentation documentation() {
        return DOCUMENTATION;
    }
}
