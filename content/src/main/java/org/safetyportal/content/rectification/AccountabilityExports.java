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
 * A filtered set of the 追责问责清单 as CSV, Excel or JSON: each decision with the unit and post held to
 * account, the measure, the deciding authority and day, the problem and major hazard it is about, and its
 * ledger subject and content hash.
 */
@Singleton
public class AccountabilityExports implements DocumentedRegister {

    /** The fields of each record in the files, in order. */
    public static final List<Field> FIELDS = List.of(
            new Field("decisionCode", Format.TEXT),
            new Field("department", Format.DEPARTMENT_CODE),
            new Field("heldUnit", Format.TEXT),
            new Field("heldPost", Format.TEXT),
            new Field("measure", Format.ACCOUNTABILITY_MEASURE),
            new Field("reason", Format.TEXT),
            new Field("decidedBy", Format.TEXT),
            new Field("decisionDate", Format.DATE),
            new Field("problem", Format.TEXT),
            new Field("hazard", Format.TEXT),
            new Field("recordedByRole", Format.ACTING_ROLE),
            new Field("recordedAt", Format.TIMESTAMP),
            new Field("ledgerSubject", Format.RECTIFICATION_SUBJECT),
            new Field("contentHash", Format.SHA256));

    private static final Documentation DOCUMENTATION = new Documentation("accountability", FIELDS, List.of(
            CodeList.of("accountabilityMeasure", AccountabilityMeasure.values(), "accountability.measure.")), 32);

    private final AccountabilityRegister register;
    private final RegisterFile file;

    @Inject
    AccountabilityExports(AccountabilityRegister register, Clock clock) {
        this(register, clock, RegisterFile.MAX_RECORDS);
    }

    /** With another limit of records per file than the usual one, as the tests of the refusal use. */
    public AccountabilityExports(AccountabilityRegister register, Clock clock, int maxRecords) {
        this.register = register;
        this.file = new RegisterFile("accountability", DOCUMENTATION, clock, maxRecords);
    }

    /** Refused in words when the filter is bad or matches more records than one file holds. */
    public RegisterExport export(AccountabilityFilter filter, ExportFormat format, Locale reader) {
        return file.write(format, reader, parameters(filter), register.today(), register.count(filter),
                limit -> register.search(filter, 0, limit).stream().map(AccountabilityExports::row).toList());
    }

    /** The filter as the parameters of the API's list and export: the measure. */
    public Map<String, String> parameters(AccountabilityFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        RegisterFile.put(parameters, "measure", filter.measure());
        return parameters;
    }

    /** One decision under the names of {@link #FIELDS}. */
    public static Map<String, Object> row(AccountabilityDecision d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("decisionCode", d.decisionCode());
        row.put("department", d.department().code());
        row.put("heldUnit", d.heldUnit());
        row.put("heldPost", d.heldPost());
        row.put("measure", d.measure().name());
        row.put("reason", d.reason());
        row.put("decidedBy", d.decidedBy());
        row.put("decisionDate", RegisterFile.text(d.decisionDate()));
        row.put("problem", d.problemCode());
        row.put("hazard", d.hazardCode());
        row.put("recordedByRole", ActingRole.PUBLISHER);
        row.put("recordedAt", RegisterFile.text(d.recordedAt()));
        row.put("ledgerSubject", d.ledgerSubject());
        row.put("contentHash", d.contentHash());
        return row;
    }

    @Override
    public Documentation documentation() {
        return DOCUMENTATION;
    }
}
