package org.safetyportal.content.exports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;

/**
 * How a filtered public register is written as a file, the same for every register: one row per
 * record under the names of its dictionary fields, and what the file says about itself
 * ({@link DataDictionary#registerExportFields()}: the filter, the time of generation, the day derived
 * states such as OVERDUE are reckoned on, the number of records). Header rows are in the reader's
 * language ({@link Headings}). The CSV holds the rows only (the filter and the time are in its file
 * name); the workbook has the sheet {@value #RECORDS}, the about sheet and the codes sheet; the JSON is one canonical object of the about fields and {@value #RECORDS}.
 */
public final class RegisterFile {

    /** More than this many records at once are refused: narrow the filter, or page through the API. */
    public static final int MAX_RECORDS = 10_000;
    public static final String RECORDS = "records";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String register;
    private final List<String> names;
    private final List<DocumentedRegister.CodeList> codes;
    private final Clock clock;
    private final int maxRecords;

    /**
     * {@code register} names the files ({@code hazards_area-ZZ_20261128T040000Z.csv}) and the refusal
     * ({@code <register>.export.tooMany} in the bundles); the documentation gives the fields, in order,
     * and the codes the workbook explains.
     */
    public RegisterFile(String register, DocumentedRegister.Documentation documentation, Clock clock, int maxRecords) {
        this.register = register;
        this.names = documentation.fields().stream().map(DataDictionary.Field::name).toList();
        this.codes = documentation.codes();
        this.clock = clock;
        this.maxRecords = maxRecords;
    }

    /**
     * The file of the rows a filter chose, headed in the reader's language; {@code rows} is asked for at
     * most the limit of records, and not at all when {@code total} is over it (refused in words).
     */
    public RegisterExport write(ExportFormat format, Locale reader, Map<String, String> parameters, LocalDate asOf, long total,
            IntFunction<List<Map<String, Object>>> rows) {
        if (total > maxRecords) {
            throw new ValidationException(register + ".export.tooMany", total, maxRecords);
        }
        List<Map<String, Object>> found = rows.apply(maxRecords);
        Instant generatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String description = describe(parameters);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("filter", description);
        about.put("generatedAt", generatedAt.toString());
        about.put("asOf", asOf.toString());
        about.put("total", found.size());
        byte[] bytes = switch (format) {
            case CSV -> CsvWriter.table(names, Headings.in(reader), found);
            case XLSX -> XlsxWriter.workbook(RECORDS, names, Headings.in(reader), found, about, codes,
                    register + " " + description, Date.from(generatedAt));
            case JSON -> json(about, found);
        };
        String fileName = register + "_" + description.replace('=', '-').replace(';', '_').replaceAll("[^A-Za-z0-9._-]", "-")
                + "_" + STAMP.format(generatedAt) + "." + format.extension();
        return new RegisterExport(format, fileName, bytes, description, generatedAt, found.size());
    }

    /** The parameters as {@code name=value} pairs joined by semicolons; {@code all} when nothing narrows the register. */
    public static String describe(Map<String, String> parameters) {
        return parameters.isEmpty() ? "all"
                : parameters.entrySet().stream().map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining(";"));
    }

    /** Adds a parameter that narrows the register; a missing value (null) does not. */
    public static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    /** Adds the code of the department a filter names by id, if it names one. */
    public static void putDepartment(Map<String, String> parameters, OrganizationDirectory organization, Integer departmentId) {
        if (departmentId != null) {
            put(parameters, "department", organization.department(departmentId).map(Department::code)
                    .orElse(String.valueOf(departmentId)));
        }
    }

    /** A date, time or other value as written in a file; null stays null. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static byte[] json(Map<String, Object> about, List<Map<String, Object>> rows) {
        Map<String, Object> json = new LinkedHashMap<>(about);
        json.put(RECORDS, rows);
        return CanonicalJson.write(json).getBytes(StandardCharsets.UTF_8);
    }
}
