package org.safetyportal.content.majorhazards;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.exports.DataDictionary.Field;
import org.safetyportal.content.exports.DataDictionary.Format;
import org.safetyportal.content.exports.DocumentedRegister;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.exports.RegisterExport;
import org.safetyportal.content.exports.RegisterFile;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.publishing.ActingRole;

/**
 * A filtered set of the 重大隐患挂牌督办 register as CSV, Excel or JSON: each listed hazard with its
 * 五落实, its status and whether it is overdue as of {@code asOf} (as the register shows it), the
 * 验收销号 sign-off once closed, and the ledger subjects and content hashes of the listing and of the
 * latest status step.
 */
@Singleton
public class MajorHazardExports implements DocumentedRegister {

    /** The fields of each record in the files, in order. */
    public static final List<Field> FIELDS = List.of(
            new Field("registerCode", Format.ITEM_CODE),
            new Field("department", Format.DEPARTMENT_CODE),
            new Field("enterpriseName", Format.TEXT),
            new Field("creditCode", Format.CREDIT_CODE),
            new Field("area", Format.AREA_CODE),
            new Field("sector", Format.SECTOR_CODE),
            new Field("description", Format.TEXT),
            new Field("listingDate", Format.DATE),
            new Field("deadline", Format.DATE),
            new Field("measures", Format.TEXT),
            new Field("responsibility", Format.TEXT),
            new Field("funds", Format.TEXT),
            new Field("timeLimit", Format.TEXT),
            new Field("contingencyPlan", Format.TEXT),
            new Field("status", Format.HAZARD_STATUS),
            new Field("overdue", Format.BOOLEAN),
            new Field("statusDate", Format.DATE),
            new Field("closedOn", Format.DATE),
            new Field("signedOffBy", Format.TEXT),
            new Field("signedOffUnit", Format.TEXT),
            new Field("signerRole", Format.SIGNER_ROLE),
            new Field("investigationDate", Format.DATE),
            new Field("investigationReason", Format.TEXT),
            new Field("investigationSubject", Format.HAZARD_SUBJECT),
            new Field("listedByRole", Format.ACTING_ROLE),
            new Field("listedAt", Format.TIMESTAMP),
            new Field("ledgerSubject", Format.HAZARD_SUBJECT),
            new Field("contentHash", Format.SHA256),
            new Field("statusSubject", Format.HAZARD_SUBJECT),
            new Field("statusHash", Format.SHA256));

    private static final Documentation DOCUMENTATION = new Documentation("hazard", FIELDS, List.of(
            CodeList.of("hazardStatus", HazardStatus.values(), "hazards.status."),
            CodeList.of("signerRole", SignerRole.values(), "hazards.signerRole.")), 30);

    private final MajorHazardRegister register;
    private final OrganizationDirectory organization;
    private final RegisterFile file;

    @Inject
    MajorHazardExports(MajorHazardRegister register, OrganizationDirectory organization, Clock clock) {
        this(register, organization, clock, RegisterFile.MAX_RECORDS);
    }

    /** With another limit of records per file than the usual one, as the tests of the refusal use. */
    public MajorHazardExports(MajorHazardRegister register, OrganizationDirectory organization, Clock clock, int maxRecords) {
        this.register = register;
        this.organization = organization;
        this.file = new RegisterFile("hazards", DOCUMENTATION, clock, maxRecords);
    }

    /** Refused in words when the filter is bad or matches more records than one file holds. */
    public RegisterExport export(HazardFilter filter, ExportFormat format, Locale reader) {
        return file.write(format, reader, parameters(filter), register.today(), register.count(filter),
                limit -> register.search(filter, 0, limit).stream().map(MajorHazardExports::row).toList());
    }

    /** The filter as the parameters of the API's list and export, in order: area, sector, department, status, year. */
    public Map<String, String> parameters(HazardFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        RegisterFile.put(parameters, "area", filter.areaCode());
        RegisterFile.put(parameters, "sector", filter.sectorCode());
        RegisterFile.putDepartment(parameters, organization, filter.departmentId());
        RegisterFile.put(parameters, "status", filter.status());
        RegisterFile.put(parameters, "year", filter.year());
        return parameters;
    }

    /** One hazard under the names of {@link #FIELDS}. */
    public static Map<String, Object> row(MajorHazard h) {
        FiveImplementations five = h.fiveImplementations();
        List<HazardEvent> history = h.history();
        HazardEvent latest = history.isEmpty() ? null : history.get(history.size() - 1);
        Optional<HazardEvent> closing = h.closing();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("registerCode", h.registerCode());
        row.put("department", h.department().code());
        row.put("enterpriseName", h.enterpriseName());
        row.put("creditCode", h.creditCode());
        row.put("area", h.area().code());
        row.put("sector", h.sector().code());
        row.put("description", h.description());
        row.put("listingDate", RegisterFile.text(h.listingDate()));
        row.put("deadline", RegisterFile.text(h.deadline()));
        row.put("measures", five.measures());
        row.put("responsibility", five.responsibility());
        row.put("funds", five.funds());
        row.put("timeLimit", five.timeLimit());
        row.put("contingencyPlan", five.contingencyPlan());
        row.put("status", h.status().name());
        row.put("overdue", h.overdue());
        row.put("statusDate", RegisterFile.text(h.lastDate()));
        row.put("closedOn", closing.map(e -> e.date().toString()).orElse(null));
        row.put("signedOffBy", closing.map(HazardEvent::signedOffBy).orElse(null));
        row.put("signedOffUnit", closing.map(HazardEvent::signedOffUnit).orElse(null));
        row.put("signerRole", closing.map(HazardEvent::signerRole).map(Enum::name).orElse(null));
        Optional<HazardEvent> investigation = h.investigation();
        row.put("investigationDate", investigation.map(e -> e.date().toString()).orElse(null));
        row.put("investigationReason", investigation.map(HazardEvent::note).orElse(null));
        row.put("investigationSubject", investigation.map(HazardEvent::ledgerSubject).orElse(null));
        row.put("listedByRole", ActingRole.PUBLISHER);
        row.put("listedAt", RegisterFile.text(h.listedAt()));
        row.put("ledgerSubject", h.ledgerSubject());
        row.put("contentHash", h.contentHash());
        row.put("statusSubject", latest == null ? null : latest.ledgerSubject());
        row.put("statusHash", latest == null ? null : latest.contentHash());
        return row;
    }

    @Override
    public Documentation documentation() {
        return DOCUMENTATION;
    }
}
