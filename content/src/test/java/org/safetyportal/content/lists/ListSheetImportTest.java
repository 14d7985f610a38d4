package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.i18n.Messages;

class ListSheetImportTest {

    private static final Set<String> SECTORS = Set.of("COAL_MINE", "GAS");
    private static final Map<String, String> SECTOR_NAMES = Map.of("COAL_MINE", "COAL_MINE", "煤矿", "COAL_MINE",
            "GAS", "GAS", "燃气", "GAS");

    @Test
    void aFilledTemplateGivesItsItemsInOrder_valuesByCodeOrChineseName() {
        byte[] workbook = template(ListType.RESPONSIBILITY,
                row("ZR-1", "煤矿安全监管", "煤矿、GAS", "《安全生产法》", "执法支队", "未履行监管职责"),
                row(),
                row("ZR-2", "燃气安全", "燃气", null, "燃气科", null));

        ListSheetImport.Result result = parse(ListType.RESPONSIBILITY, workbook);

        assertEquals(List.of(), result.problems());
        assertEquals(2, result.items().size());
        ListItem first = result.items().get(0);
        assertEquals("ZR-1", first.code());
        assertEquals(List.of("COAL_MINE", "GAS"), first.sectors());
        assertEquals("执法支队", first.responsibleBody());
        assertEquals(List.of("GAS"), result.items().get(1).sectors());
    }

    @Test
    void everyProblemIsReportedWithItsExcelRowAndColumn_andNoItems() {
        byte[] workbook = template(ListType.ANNUAL_TASKS,
                row("RW-1", "隐患排查", "每月排查", "2026-12-31", "安监科", null, "推进中", null),
                row("RW-1", "", "措施", "明年", "安监科", null, "SOMETIMES", null),
                row("bad code!", "培训", null, "2026/6/30", null, null, "COMPLETED", null));

        ListSheetImport.Result result = parse(ListType.ANNUAL_TASKS, workbook);

        assertTrue(result.items().isEmpty());
        List<String> found = result.problems().stream()
                .map(p -> p.row() + p.column() + ":" + p.reason().messageKey()).toList();
        assertEquals(List.of(
                "4A:lists.item.code.duplicate", "4B:lists.item.missing", "4D:lists.import.badDate",
                "4G:lists.import.unknownValue",
                "5A:lists.item.code.invalid", "5C:lists.item.missing", "5E:lists.item.missing"), found);
        SheetProblem date = result.problems().get(2);
        assertEquals("deadline", date.field());
        assertEquals("第 4 行：“完成时限”的值 明年 不是日期（格式 2026-12-31）。",
                Messages.describe(Locale.SIMPLIFIED_CHINESE, date.reason()));
    }

    @Test
    void theTemplateItselfReadsBack_withItsColumnsExplainedAndValuesListed() throws IOException {
        List<Sector> sectors = List.of(new Sector("COAL_MINE", null, new LocalizedName("煤矿", "Coal mines"), null));
        byte[] template = ListSheetTemplate.write(ListType.POWER, false, sectors, Locale.SIMPLIFIED_CHINESE, List.of());
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet items = workbook.getSheet("items");
            assertEquals("权力类型 *", items.getRow(0).getCell(2).getStringCellValue());
            assertEquals("powerType", items.getRow(1).getCell(2).getStringCellValue());
            assertTrue(items.getRow(1).getZeroHeight());
            Sheet values = workbook.getSheet("取值");
            assertEquals("LICENSING", values.getRow(1).getCell(1).getStringCellValue());
            assertEquals("行政许可", values.getRow(1).getCell(2).getStringCellValue());
            assertEquals(9 + 3, workbook.getSheet("填写说明").getLastRowNum() + 1);
            Row filled = items.createRow(2);
            String[] cells = {"QL-1", "危险化学品经营许可", "行政许可", "《危险化学品安全管理条例》", "审批科", "受理", "", "0356-1234567"};
            for (int c = 0; c < cells.length; c++) {
                filled.createCell(c).setCellValue(cells[c]);
            }
            ListSheetImport.Result result = parse(ListType.POWER, bytes(workbook));
            assertEquals(List.of(), result.problems());
            assertEquals(PowerType.LICENSING, result.items().get(0).powerType());
            assertEquals(null, result.items().get(0).accountability());
        }
    }

    @Test
    void anExportedVersionReimports_fieldNamesInTheFirstRow() throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("items");
            String[] names = {"code", "title", "powerType", "legalBasis", "responsibleBody", "stages", "accountability",
                    "supervisionPhone", "sectors", "measures", "deadline", "cooperatingUnits", "taskStatus", "progress"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < names.length; c++) {
                head.createCell(c).setCellValue(names[c]);
            }
            Row item = sheet.createRow(1);
            item.createCell(0).setCellValue("RW-9");
            item.createCell(1).setCellValue("应急演练");
            item.createCell(4).setCellValue("应急科");
            item.createCell(9).setCellValue("每季度一次");
            item.createCell(10).setCellValue("2026-09-30");
            item.createCell(12).setCellValue("NOT_STARTED");

            ListSheetImport.Result result = parse(ListType.ANNUAL_TASKS, bytes(workbook));

            assertEquals(List.of(), result.problems());
            ListItem task = result.items().get(0);
            assertEquals(LocalDate.of(2026, 9, 30), task.deadline());
            assertEquals(TaskStatus.NOT_STARTED, task.taskStatus());
        }
    }

    @Test
    void aFileThatIsNoWorkbookOrNoTemplateIsRefusedPlainly() throws IOException {
        assertEquals("lists.import.unreadable", parse(ListType.POWER, "code,title".getBytes(StandardCharsets.UTF_8))
                .problems().get(0).reason().messageKey());
        try (Workbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("items").createRow(0).createCell(0).setCellValue("编号");
            assertEquals("lists.import.notATemplate", parse(ListType.POWER, bytes(workbook)).problems().get(0).reason().messageKey());
        }
    }

    private static ListSheetImport.Result parse(ListType type, byte[] workbook) {
        return ListSheetImport.parse(type, false, workbook, SECTORS, SECTOR_NAMES);
    }

    private static String[] row(String... cells) {
        return cells;
    }

    /** The template of the type, filled from row 3 with the given rows (null or "" leaves a cell empty). */
    private static byte[] template(ListType type, String[]... rows) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ListSheetTemplate.write(type, false, List.of(), Locale.SIMPLIFIED_CHINESE, List.of())))) {
            Sheet items = workbook.getSheet("items");
            for (int r = 0; r < rows.length; r++) {
                Row row = items.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null && !rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
