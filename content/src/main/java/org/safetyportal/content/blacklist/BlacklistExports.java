package org.safetyportal.content.blacklist;

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
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.publishing.ActingRole;

/**
 * A filtered set of the 失信黑名单 as CSV, Excel or JSON: each entry with its basis, listing authority,
 * term, status as of {@code asOf} (current, expired or removed), its early removal if any, where to
 * object, and the ledger subjects and content hashes of the listing and of the removal.
 */
@Singleton
public class BlacklistExports implements DocumentedRegister {

    /** The fields of each record in the files, in order. */
    public static final List<Field> FIELDS = List.of(
            new Field("id", Format.NUMBER),
            new Field("enterpriseName", Format.TEXT),
            new Field("creditCode", Format.CREDIT_CODE),
            new Field("responsiblePerson", Format.TEXT),
            new Field("area", Format.AREA_CODE),
            new Field("sector", Format.SECTOR_CODE),
            new Field("department", Format.DEPARTMENT_CODE),
            new Field("conduct", Format.TEXT),
            new Field("legalBasis", Format.TEXT),
            new Field("decisionNo", Format.TEXT),
            new Field("listingDate", Format.DATE),
            new Field("expiryDate", Format.DATE),
            new Field("status", Format.BLACKLIST_STATUS),
            new Field("removalDate", Format.DATE),
            new Field("removalReason", Format.TEXT),
            new Field("objectionContact", Format.TEXT),
            new Field("objectionPhone", Format.PHONE),
            new Field("objectionChannel", Format.TEXT),
            new Field("listedByRole", Format.ACTING_ROLE),
            new Field("listedAt", Format.TIMESTAMP),
            new Field("ledgerSubject", Format.BLACKLIST_SUBJECT),
            new Field("contentHash", Format.SHA256),
            new Field("removalSubject", Format.BLACKLIST_SUBJECT),
            new Field("removalHash", Format.SHA256));

    private static final Documentation DOCUMENTATION = new Documentation("blacklist", FIELDS, List.of(
            CodeList.of("blacklistStatus", BlacklistStatus.values(), "blacklist.status.")), 40);

    private final BlacklistRegister register;
    private final OrganizationDirectory organization;
    private final RegisterFile file;

    @Inject
    BlacklistExports(BlacklistRegister register, OrganizationDirectory organization, Clock clock) {
        this(register, organization, clock, RegisterFile.MAX_RECORDS);
    }

    /** With another limit of records per file than the usual one, as the tests of the refusal use. */
    public BlacklistExports(BlacklistRegister register, OrganizationDirectory organization, Clock clock, int maxRecords) {
        this.register = register;
        this.organization = organization;
        this.file = new RegisterFile("blacklist", DOCUMENTATION, clock, maxRecords);
    }

    /** Refused in words when the filter is bad or matches more entries than one file holds. */
    public RegisterExport export(BlacklistFilter filter, ExportFormat format, Locale reader) {
        LocalDate today = register.today();
        return file.write(format, reader, parameters(filter), today, register.count(filter),
                limit -> register.search(filter, 0, limit).stream().map(e -> row(e, today)).toList());
    }

    /**
     * The filter as the parameters of the API's list and export, in order: status (the scope, always:
     * current, history or all), area, sector, department, year.
     */
    public Map<String, String> parameters(BlacklistFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        RegisterFile.put(parameters, "status", filter.scope().name().toLowerCase(Locale.ROOT));
        RegisterFile.put(parameters, "area", filter.areaCode());
        RegisterFile.put(parameters, "sector", filter.sectorCode());
        RegisterFile.putDepartment(parameters, organization, filter.departmentId());
        RegisterFile.put(parameters, "year", filter.year());
        return parameters;
    }

    /** One entry under the names of {@link #FIELDS}, its status as of {@code today}. */
    public static Map<String, Object> row(BlacklistEntry e, LocalDate today) {
        BlacklistRemoval removal = e.removal();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("enterpriseName", e.enterpriseName());
        row.put("creditCode", e.creditCode());
        row.put("responsiblePerson", e.responsiblePerson());
        row.put("area", e.area().code());
        row.put("sector", e.sector().code());
        row.put("department", e.department().code());
        row.put("conduct", e.conduct());
        row.put("legalBasis", e.legalBasis());
        row.put("decisionNo", e.decisionNo());
        row.put("listingDate", RegisterFile.text(e.listingDate()));
        row.put("expiryDate", RegisterFile.text(e.expiryDate()));
        row.put("status", e.status(today).name());
        row.put("removalDate", removal == null ? null : removal.removalDate().toString());
        row.put("removalReason", removal == null ? null : removal.reason());
        row.put("objectionContact", e.objectionContact());
        row.put("objectionPhone", e.objectionPhone());
        row.put("objectionChannel", e.objectionChannel());
        row.put("listedByRole", ActingRole.PUBLISHER);
        row.put("listedAt", RegisterFile.text(e.listedAt()));
        row.put("ledgerSubject", e.ledgerSubject());
        row.put("contentHash", e.contentHash());
        row.put("removalSubject", removal == null ? null : removal.ledgerSubject());
        row.put("removalHash", removal == null ? null : removal.contentHash());
        return row;
    }

    @Override
    public Documentation documentation() {
        return DOCUMENTATION;
    }
}
