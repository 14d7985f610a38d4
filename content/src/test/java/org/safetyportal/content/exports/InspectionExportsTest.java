package org.safetyportal.content.exports;

import org.safetyportal.content.inspection.InspectionExports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.inspection.DemoInspections;
import org.safetyportal.content.inspection.InspectionFacts;
import org.safetyportal.content.inspection.InspectionFilter;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.inspection.RectificationStatus;
import org.safetyportal.content.organization.ReferenceDataLoader;
import org.safetyportal.content.testing.ModuleContext;
import org.safetyportal.content.testing.MutableClock;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestDatabase;
import org.safetyportal.i18n.SupportedLocales;

/** A filtered set of inspection results as CSV and Excel, read back and compared with the register. */
class InspectionExportsTest {

    private static final InspectionFilter ZEZHOU = new InspectionFilter("ZZ", null, null, null, null);

    @OnEveryTestDatabase
    void theCsvAndWorkbookOfAFilteredSet_readBack_holdExactlyTheRecordsInForce_withTheirProvenance(String kind) throws IOException {
        TestDatabase database = TestDatabase.create(kind);
        try (database; ApplicationContext context = ModuleContext.start(database, new MutableClock(Instant.parse("2026-11-28T04:00:00Z")))) {
            context.getBean(ReferenceDataLoader.class).load();
            context.getBean(DemoInspections.class).publishIfNoneExist();
            InspectionRegister register = context.getBean(InspectionRegister.class);
            InspectionRecord first = register.search(ZEZHOU, 0, 1).get(0);
            InspectionFacts f = InspectionFacts.of(first);
            Map<String, Set<String>> permissions = new HashMap<>();
            context.getBean(AccountService.class).roles().forEach(role -> permissions.put(role.code(), role.permissions()));
            Actor publisher = Actor.builtIn("demo.publisher", List.of(RoleGrant.inDepartment("PUBLISHER", first.department().id())), permissions);
            register.correct(publisher, first.recordCode(),
                    new InspectionFacts(f.kind(), f.enterpriseName(), f.creditCode(), f.areaCode(), f.sectorCode(),
                            f.inspectionDate(), f.findings() + "，另有“引号”, 逗号", f.violationBasis(), f.violationDescription(),
                            f.measures(), f.decisionNo(), new BigDecimal("777"), f.rectificationDeadline(), f.decisionDate()),
                    "金额更正");
            List<InspectionRecord> expected = register.search(ZEZHOU, 0, 500);
            InspectionExports exports = context.getBean(InspectionExports.class);
            List<String> names = InspectionExports.FIELDS.stream().map(DataDictionary.Field::name).toList();

            RegisterExport csv = exports.export(ZEZHOU, ExportFormat.CSV, SupportedLocales.CHINESE);
            String text = new String(csv.bytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF"), "byte order mark");
            List<List<String>> records = CsvReader.read(text.substring(1));
            assertEquals(names, HeadingRow.fieldNames(records.get(0)));
            assertEquals(expected.size(), records.size() - 1);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(ExportRows.cells(names, InspectionExports.row(expected.get(i))), records.get(i + 1));
            }
            assertEquals("777.00", records.get(1).get(names.indexOf("fineAmount")));
            assertEquals("金额更正", records.get(1).get(names.indexOf("correctionReason")));
            assertTrue(records.get(1).get(names.indexOf("correctionSubject")).startsWith("inspection-correction:"));
            assertTrue(records.get(1).get(names.indexOf("contentHash")).matches("[0-9a-f]{64}"));
            assertEquals("area=ZZ", csv.filter());
            assertEquals("inspections_area-ZZ_20261128T040000Z.csv", csv.fileName());

            RegisterExport xlsx = exports.export(ZEZHOU, ExportFormat.XLSX, SupportedLocales.CHINESE);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
                List<List<String>> rows = ExportRows.read(workbook.getSheet("records"), names.size());
                assertEquals(names, HeadingRow.fieldNames(rows.get(0)));
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(ExportRows.cells(names, InspectionExports.row(expected.get(i))), rows.get(i + 1));
                }
                List<List<String>> about = ExportRows.read(workbook.getSheet("about"), 2);
                assertEquals(List.of("筛选条件 (filter)", "area=ZZ"), about.get(0));
                assertEquals(List.of("生成时间 (generatedAt)", "2026-11-28T04:00:00Z"), about.get(1));
                assertEquals(List.of("记录数 (total)", Integer.toString(expected.size())), about.get(3));
            }

            String json = new String(exports.export(new InspectionFilter(null, null, null, null, null, null,
                    RectificationStatus.OVERDUE), ExportFormat.JSON, SupportedLocales.CHINESE).bytes(), StandardCharsets.UTF_8);
            assertTrue(json.contains("\"filter\":\"status=OVERDUE\""), json);
            assertTrue(json.contains("\"rectificationStatus\":\"OVERDUE\""), json);
            assertTrue(!json.contains("\"rectificationStatus\":\"RECTIFIED\""), json);
        }
    }
}
