package org.safetyportal.content.exports;

import org.safetyportal.content.oversight.OversightExports;
import org.safetyportal.content.blacklist.BlacklistExports;
import org.safetyportal.content.majorhazards.MajorHazardExports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.blacklist.BlacklistFilter;
import org.safetyportal.content.blacklist.BlacklistRegister;
import org.safetyportal.content.blacklist.BlacklistScope;
import org.safetyportal.content.blacklist.DemoBlacklist;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.majorhazards.DemoHazards;
import org.safetyportal.content.majorhazards.HazardFilter;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.ReferenceDataLoader;
import org.safetyportal.content.oversight.DemoOversight;
import org.safetyportal.content.oversight.OversightFilter;
import org.safetyportal.content.oversight.OversightKind;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.content.seed.DemoStaff;
import org.safetyportal.content.testing.ModuleContext;
import org.safetyportal.content.testing.MutableClock;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestDatabase;
import org.safetyportal.i18n.SupportedLocales;

/**
 * Filtered sets of the major hazard register, the blacklist and the oversight results as CSV, Excel
 * and JSON, read back (the CSV by a reader of its own, the workbook by POI, the JSON by Jackson) and
 * compared with what the register holds for the same filter. Today is 2026-11-28.
 */
class RegisterExportsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @OnEveryTestDatabase
    void overdueHazardsOfAYear_readBack_areExactlyTheRegistersRows_withTheirSignOffAndHashes(String kind) throws IOException {
        try (TestDatabase database = TestDatabase.create(kind); ApplicationContext context = demo(database)) {
            MajorHazardRegister register = context.getBean(MajorHazardRegister.class);
            MajorHazardExports exports = context.getBean(MajorHazardExports.class);
            HazardFilter overdue = new HazardFilter(null, null, null, HazardFilter.OVERDUE, 2026);
            List<Map<String, Object>> expected = register.search(overdue, 0, 500).stream().map(MajorHazardExports::row).toList();
            assertFalse(expected.isEmpty(), "the demo data has overdue hazards");
            assertTrue(expected.size() < register.count(HazardFilter.all()), "the filter narrows the register");

            List<Map<String, Object>> rows = readBack(expected, MajorHazardExports.FIELDS, "status=OVERDUE;year=2026",
                    "hazards_status-OVERDUE_year-2026_20261128T040000Z", format -> exports.export(overdue, format, SupportedLocales.CHINESE));
            for (Map<String, Object> row : rows) {
                assertEquals(true, row.get("overdue"), row.toString());
                assertTrue(row.get("listingDate").toString().startsWith("2026-"), row.toString());
                assertTrue(row.get("ledgerSubject").toString().startsWith("major-hazard:"), row.toString());
            }

            HazardFilter closed = new HazardFilter(null, null, null, "CLOSED", null);
            List<Map<String, Object>> closedRows = readBack(register.search(closed, 0, 500).stream().map(MajorHazardExports::row).toList(),
                    MajorHazardExports.FIELDS, "status=CLOSED", "hazards_status-CLOSED_20261128T040000Z",
                    format -> exports.export(closed, format, SupportedLocales.CHINESE));
            assertFalse(closedRows.isEmpty(), "the demo data has closed hazards");
            for (Map<String, Object> row : closedRows) {
                assertEquals(false, row.get("overdue"), row.toString());
                assertNotNull(row.get("closedOn"), row.toString());
                assertNotNull(row.get("signedOffBy"), row.toString());
                assertNotNull(row.get("signedOffUnit"), row.toString());
                assertTrue(row.get("statusSubject").toString().startsWith("major-hazard-event:"), row.toString());
                assertTrue(row.get("statusHash").toString().matches("[0-9a-f]{64}"), row.toString());
            }
        }
    }

    @OnEveryTestDatabase
    void theBlacklistsHistory_readBack_holdsTheExpiredAndRemovedEntries_withTheRemovalsReasonAndHash(String kind) throws IOException {
        try (TestDatabase database = TestDatabase.create(kind); ApplicationContext context = demo(database)) {
            BlacklistRegister register = context.getBean(BlacklistRegister.class);
            BlacklistExports exports = context.getBean(BlacklistExports.class);
            BlacklistFilter history = BlacklistFilter.of(BlacklistScope.HISTORY);
            List<Map<String, Object>> expected = register.search(history, 0, 500).stream()
                    .map(e -> BlacklistExports.row(e, register.today())).toList();

            List<Map<String, Object>> rows = readBack(expected, BlacklistExports.FIELDS, "status=history",
                    "blacklist_status-history_20261128T040000Z", format -> exports.export(history, format, SupportedLocales.CHINESE));
            assertEquals(Set.of("EXPIRED", "REMOVED"), Set.copyOf(rows.stream().map(row -> row.get("status")).toList()));
            Map<String, Object> removed = rows.stream().filter(row -> "REMOVED".equals(row.get("status"))).findFirst().orElseThrow();
            assertNotNull(removed.get("removalReason"));
            assertNotNull(removed.get("removalDate"));
            assertTrue(removed.get("removalSubject").toString().startsWith("blacklist-removal:"), removed.toString());
            assertTrue(removed.get("removalHash").toString().matches("[0-9a-f]{64}"), removed.toString());
            assertTrue(rows.stream().allMatch(row -> row.get("objectionChannel") != null), rows.toString());

            BlacklistFilter current = new BlacklistFilter(BlacklistScope.CURRENT, "ZZ", null, null, null);
            List<Map<String, Object>> zezhou = readBack(register.search(current, 0, 500).stream()
                    .map(e -> BlacklistExports.row(e, register.today())).toList(), BlacklistExports.FIELDS,
                    "status=current;area=ZZ", "blacklist_status-current_area-ZZ_20261128T040000Z",
                    format -> exports.export(current, format, SupportedLocales.CHINESE));
            assertFalse(zezhou.isEmpty());
            assertTrue(zezhou.stream().allMatch(row -> "CURRENT".equals(row.get("status")) && "ZZ".equals(row.get("area"))),
                    zezhou.toString());
        }
    }

    @OnEveryTestDatabase
    void lastYearsAssessments_readBack_carryGradeRectificationStateAndTheReportsHash(String kind) throws IOException {
        try (TestDatabase database = TestDatabase.create(kind); ApplicationContext context = demo(database)) {
            OversightRegister register = context.getBean(OversightRegister.class);
            OversightExports exports = context.getBean(OversightExports.class);
            OversightFilter assessments = new OversightFilter(OversightKind.ASSESSMENT, 2025, null, null);
            List<Map<String, Object>> expected = register.search(assessments, 0, 500).stream()
                    .map(r -> OversightExports.row(r, register.today())).toList();
            assertTrue(expected.size() < register.count(OversightFilter.all()), "the filter narrows the register");

            List<Map<String, Object>> rows = readBack(expected, OversightExports.FIELDS, "kind=ASSESSMENT;year=2025",
                    "oversight_kind-ASSESSMENT_year-2025_20261128T040000Z", format -> exports.export(assessments, format, SupportedLocales.CHINESE));
            assertFalse(rows.isEmpty());
            for (Map<String, Object> row : rows) {
                assertEquals("ASSESSMENT", row.get("kind"));
                assertEquals(2025, row.get("year"));
                assertNotNull(row.get("grade"), row.toString());
                assertTrue(row.get("ledgerSubject").toString().startsWith("oversight:"), row.toString());
            }
            assertTrue(rows.stream().anyMatch(row -> "REPORTED".equals(row.get("rectificationState"))
                    && row.get("reportSubject").toString().startsWith("oversight-rectification:")), rows.toString());
            assertTrue(rows.stream().anyMatch(row -> "AREA_GOVERNMENT".equals(row.get("partyType"))), rows.toString());
        }
    }

    @OnEveryTestDatabase
    void eachRegistersCsv_cellByCell_isWhatTheRecordsAndTheLedgerSay_withoutTheExportsOwnMapping(String kind) throws IOException {
        try (TestDatabase database = TestDatabase.create(kind); ApplicationContext context = demo(database)) {
            MajorHazardRegister hazards = context.getBean(MajorHazardRegister.class);
            BlacklistRegister blacklist = context.getBean(BlacklistRegister.class);
            OversightRegister oversight = context.getBean(OversightRegister.class);
            RegisterCsvOracle oracle = new RegisterCsvOracle(context.getBean(PublicationLedger.class), hazards.today());

            HazardFilter everyHazard = HazardFilter.all();
            assertCsv(RegisterCsvOracle.HAZARD_HEADER, hazards.search(everyHazard, 0, 500).stream().map(oracle::hazard).toList(),
                    context.getBean(MajorHazardExports.class).export(everyHazard, ExportFormat.CSV, SupportedLocales.CHINESE));
            BlacklistFilter everyEntry = BlacklistFilter.of(BlacklistScope.ALL);
            assertCsv(RegisterCsvOracle.BLACKLIST_HEADER,
                    blacklist.search(everyEntry, 0, 500).stream().map(oracle::blacklistEntry).toList(),
                    context.getBean(BlacklistExports.class).export(everyEntry, ExportFormat.CSV, SupportedLocales.CHINESE));
            OversightFilter everyResult = OversightFilter.all();
            assertCsv(RegisterCsvOracle.OVERSIGHT_HEADER,
                    oversight.search(everyResult, 0, 500).stream().map(oracle::oversightResult).toList(),
                    context.getBean(OversightExports.class).export(everyResult, ExportFormat.CSV, SupportedLocales.CHINESE));
        }
    }

    @Test
    void aSetLargerThanOneFileMayHold_isRefusedInWords() {
        try (TestDatabase database = TestDatabase.h2(); ApplicationContext context = demo(database)) {
            Clock clock = context.getBean(Clock.class);
            OrganizationDirectory organization = context.getBean(OrganizationDirectory.class);
            MajorHazardExports hazards = new MajorHazardExports(context.getBean(MajorHazardRegister.class), organization, clock, 2);
            BlacklistExports blacklist = new BlacklistExports(context.getBean(BlacklistRegister.class), organization, clock, 2);
            OversightExports oversight = new OversightExports(context.getBean(OversightRegister.class), clock, 2);

            ValidationException tooManyHazards = assertThrows(ValidationException.class,
                    () -> hazards.export(HazardFilter.all(), ExportFormat.CSV, SupportedLocales.CHINESE));
            ValidationException tooManyEntries = assertThrows(ValidationException.class,
                    () -> blacklist.export(BlacklistFilter.of(BlacklistScope.ALL), ExportFormat.XLSX, SupportedLocales.CHINESE));
            ValidationException tooManyResults = assertThrows(ValidationException.class,
                    () -> oversight.export(OversightFilter.all(), ExportFormat.JSON, SupportedLocales.CHINESE));

            assertEquals("hazards.export.tooMany", tooManyHazards.messageKey());
            assertEquals("blacklist.export.tooMany", tooManyEntries.messageKey());
            assertEquals("oversight.export.tooMany", tooManyResults.messageKey());
            assertEquals(2, tooManyResults.messageArguments()[1]);
            assertEquals(1, hazards.export(new HazardFilter(null, null, null, null, 2025), ExportFormat.CSV, SupportedLocales.CHINESE).total());
        }
    }

    /**
     * The file holds the header and exactly the oracle's rows, in order; a text the writer guarded
     * against being run as a formula is compared without the one quote put in front of it.
     */
    private static void assertCsv(List<String> header, List<List<String>> expected, RegisterExport csv) {
        assertFalse(expected.isEmpty(), "the demo data fills the register");
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertFalse(text.contains(DemoStaff.PUBLISHER) || text.contains(DemoStaff.REVIEWER), "no staff account in open data");
        List<List<String>> records = CsvReader.read(text.substring(1));
        assertEquals(header, HeadingRow.fieldNames(records.get(0)));
        List<List<String>> rows = records.subList(1, records.size()).stream()
                .map(row -> row.stream().map(cell -> cell != null && cell.startsWith("'") ? cell.substring(1) : cell).toList())
                .toList();
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), rows.get(i), "row " + (i + 1) + " of " + csv.fileName());
        }
    }

    private static ApplicationContext demo(TestDatabase database) {
        ApplicationContext context = ModuleContext.start(database, new MutableClock(NOW));
        context.getBean(ReferenceDataLoader.class).load();
        context.getBean(DemoHazards.class).publishIfNoneExist();
        context.getBean(DemoBlacklist.class).publishIfNoneExist();
        context.getBean(DemoOversight.class).publishIfNoneExist();
        return context;
    }

    /**
     * Reads the CSV, the workbook and the JSON of one filtered set back, checks each holds exactly the
     * expected rows under the dictionary's names with the filter, time and count, and returns the
     * records as the JSON gave them.
     */
    private static List<Map<String, Object>> readBack(List<Map<String, Object>> expected, List<DataDictionary.Field> fields,
            String filter, String fileName, Function<ExportFormat, RegisterExport> export) throws IOException {
        List<String> names = fields.stream().map(DataDictionary.Field::name).toList();
        List<List<String>> expectedCells = expected.stream().map(row -> ExportRows.cells(names, row)).toList();

        RegisterExport csv = export.apply(ExportFormat.CSV);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "byte order mark");
        List<List<String>> records = CsvReader.read(text.substring(1));
        assertEquals(names, HeadingRow.fieldNames(records.get(0)));
        assertEquals(expectedCells, records.subList(1, records.size()));
        assertEquals(filter, csv.filter());
        assertEquals(fileName + ".csv", csv.fileName());
        assertEquals(expected.size(), csv.total());

        RegisterExport xlsx = export.apply(ExportFormat.XLSX);
        assertEquals(fileName + ".xlsx", xlsx.fileName());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<List<String>> rows = ExportRows.read(workbook.getSheet(RegisterFile.RECORDS), names.size());
            assertEquals(names, HeadingRow.fieldNames(rows.get(0)));
            assertEquals(expectedCells, rows.subList(1, rows.size()));
            List<List<String>> about = ExportRows.read(workbook.getSheet(XlsxWriter.ABOUT), 2);
            assertEquals(List.of(List.of("filter", filter), List.of("generatedAt", NOW.toString()),
                    List.of("asOf", "2026-11-28"), List.of("total", Integer.toString(expected.size()))),
                    about.stream().map(row -> List.of(HeadingRow.fieldName(row.get(0)), row.get(1))).toList());
        }

        Map<?, ?> json = JSON.readValue(export.apply(ExportFormat.JSON).bytes(), Map.class);
        assertEquals(filter, json.get("filter"));
        assertEquals(NOW.toString(), json.get("generatedAt"));
        assertEquals("2026-11-28", json.get("asOf"));
        assertEquals(expected.size(), json.get("total"));
        List<Map<String, Object>> parsed = new ArrayList<>();
        for (Object record : (List<?>) json.get(RegisterFile.RECORDS)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> row = (Map<String, Object>) record;
            assertEquals(Set.copyOf(names), row.keySet());
            parsed.add(row);
        }
        assertEquals(expected, parsed);
        return parsed;
    }
}
