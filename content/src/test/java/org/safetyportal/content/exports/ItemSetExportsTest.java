package org.safetyportal.content.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.content.testing.PublishedLists.duty;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.lists.ItemFilter;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.organization.ReferenceDataLoader;
import org.safetyportal.content.testing.ModuleContext;
import org.safetyportal.content.testing.MutableClock;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.PublishedLists;
import org.safetyportal.content.testing.TestDatabase;
import org.safetyportal.i18n.SupportedLocales;

/** A journalist downloads the items a filter found, and every row says which published version it comes from. */
class ItemSetExportsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00.750Z");
    private static final ItemFilter GAS = ItemFilter.parse(Map.of("listType", "RESPONSIBILITY", "sector", "GAS"));

    private record World(TestDatabase database, ApplicationContext context, ListVersion city, ListVersion zezhou)
            implements AutoCloseable {

        static World start(String kind) {
            TestDatabase database = TestDatabase.create(kind);
            try {
                ApplicationContext context = ModuleContext.start(database, new MutableClock(NOW));
                context.getBean(ReferenceDataLoader.class).load();
                PublishedLists lists = new PublishedLists(context);
                LocalDate january = LocalDate.of(2026, 1, 1);
                ListVersion city = lists.publish("JC-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, january, List.of(
                        duty("ZR-CG-001", "城镇燃气安全监管，含 \"引号\"、逗号,和换行\n第二行", "GAS", "MUNICIPAL_UTILITIES"),
                        duty("ZR-CG-002", "市政设施", "MUNICIPAL_UTILITIES")));
                ListVersion zezhou = lists.publish("ZZ-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, january,
                        List.of(duty("ZR-ZZ-001", "本县燃气 🔥", "GAS")));
                return new World(database, context, city, zezhou);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }

        ItemSetExport export(ExportFormat format) {
            return context.getBean(ItemSetExports.class).export(GAS, format, SupportedLocales.CHINESE);
        }

        @Override
        public void close() {
            context.close();
            database.close();
        }
    }

    @OnEveryTestDatabase
    void theCsv_readsBackAsTheFilteredItems_eachWithItsVersionAndContentHash(String kind) {
        try (World world = World.start(kind)) {
            ItemSetExport export = world.export(ExportFormat.CSV);

            assertEquals("list-items_listType-RESPONSIBILITY_sector-GAS_20260302T020000Z.csv", export.fileName());
            assertEquals(2, export.itemCount());
            String text = new String(export.bytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF"), "byte order mark");
            List<List<String>> rows = CsvReader.read(text.substring(1));
            List<String> header = HeadingRow.fieldNames(rows.get(0));
            assertEquals(List.of("department", "listType", "year", "versionId", "versionNo", "effectiveDate", "contentHash", "code", "title"),
                    header.subList(0, 9));
            assertEquals("部门代码 (department)", rows.get(0).get(0));
            assertEquals("taskStanding", header.get(header.size() - 1), "derived on the file's day, after the item's fields");
            assertEquals(3, rows.size());
            assertEquals(List.of("JC-URBAN_MANAGEMENT", "RESPONSIBILITY", "0", Integer.toString(world.city().id()), "1",
                    "2026-01-01", world.city().contentHash(), "ZR-CG-001", "城镇燃气安全监管，含 \"引号\"、逗号,和换行\n第二行"),
                    rows.get(1).subList(0, 9));
            assertEquals("GAS;MUNICIPAL_UTILITIES", rows.get(1).get(header.indexOf("sectors")));
            assertEquals(List.of(Integer.toString(world.zezhou().id()), world.zezhou().contentHash(), "本县燃气 🔥"),
                    List.of(rows.get(2).get(3), rows.get(2).get(6), rows.get(2).get(8)));
        }
    }

    @OnEveryTestDatabase
    void theWorkbook_holdsTheItemsAndOnItsAboutSheetTheFilterAndTime(String kind) throws IOException {
        try (World world = World.start(kind);
             XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(world.export(ExportFormat.XLSX).bytes()))) {
            Sheet items = workbook.getSheet("items");
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : items) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 9; c++) {
                    cells.add(row.getCell(c) == null ? null : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            assertEquals(3, rows.size());
            assertEquals(List.of("ZR-CG-001", "ZR-ZZ-001"), List.of(rows.get(1).get(7), rows.get(2).get(7)));
            assertEquals(world.zezhou().contentHash(), rows.get(2).get(6));
            assertEquals(Integer.toString(world.zezhou().id()), rows.get(2).get(3));
            Sheet about = workbook.getSheet("about");
            assertEquals("listType=RESPONSIBILITY&sector=GAS", about.getRow(0).getCell(1).getStringCellValue());
            assertEquals("2026-03-02T02:00:00Z", about.getRow(1).getCell(1).getStringCellValue());
            assertEquals("计算日期 (asOf)", about.getRow(2).getCell(0).getStringCellValue());
            assertEquals(2, (int) about.getRow(3).getCell(1).getNumericCellValue());
        }
    }

    @OnEveryTestDatabase
    void theJson_namesTheFilterTheTimeAndEachItemsProvenance(String kind) {
        try (World world = World.start(kind)) {
            String json = new String(world.export(ExportFormat.JSON).bytes(), StandardCharsets.UTF_8);

            assertTrue(json.startsWith("{\"asOf\":\"2026-03-02\",\"filter\":\"listType=RESPONSIBILITY&sector=GAS\","
                    + "\"generatedAt\":\"2026-03-02T02:00:00Z\",\"itemCount\":2,"), json);
            assertFalse(json.contains("taskStanding"), "no standing for items that are not annual tasks: " + json);
            assertTrue(json.contains("\"parameters\":{\"listType\":\"RESPONSIBILITY\",\"sector\":\"GAS\"}"), json);
            assertTrue(json.contains("{\"contentHash\":\"" + world.zezhou().contentHash() + "\",\"department\":\"ZZ-URBAN_MANAGEMENT\","), json);
            assertTrue(json.contains("\"item\":{\"accountability\":"), json);
            assertTrue(json.contains("\"versionId\":" + world.zezhou().id() + ","), json);
        }
    }

    @OnEveryTestDatabase
    void aBadFilter_isRefusedRatherThanExportingEverything(String kind) {
        try (World world = World.start(kind)) {
            ItemSetExports exports = world.context().getBean(ItemSetExports.class);
            assertEquals("lists.items.filter.sector.unknown", assertThrows(ValidationException.class,
                    () -> exports.export(ItemFilter.parse(Map.of("sector", "NOPE")), ExportFormat.CSV, SupportedLocales.CHINESE)).messageKey());
        }
    }
}
