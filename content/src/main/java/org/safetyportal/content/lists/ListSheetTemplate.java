package org.safetyportal.content.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.i18n.Messages;

/**
 * The workbook a publisher fills in to import a list's items: the sheet {@code items} with a row of
 * column titles in the reader's language and, hidden under it, the row of field names the import
 * goes by, then the draft's items as they stand (a draft starts as the version in force), so that
 * changing one item does not mean typing the list again; a sheet explaining every column; and a
 * sheet of the allowed values (power types, task statuses, sector codes and names).
 */
final class ListSheetTemplate {

    private static final int WIDE = 36 * 256;
    private static final int NARROW = 16 * 256;

    private ListSheetTemplate() {
    }

    static byte[] write(ListType type, boolean areaGovernment, List<Sector> sectors, Locale locale, List<ListItem> items) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = bold(workbook);
            List<String> columns = ListSheetColumns.of(type);
            Sheet itemsSheet = workbook.createSheet(ListSheetColumns.ITEMS_SHEET);
            writeItems(itemsSheet, columns, type, areaGovernment, bold, locale);
            writeRows(itemsSheet, columns, items);
            writeColumns(workbook.createSheet(Messages.get(locale, "lists.template.columnsSheet")), columns, type, areaGovernment, bold,
                    locale);
            writeValues(workbook.createSheet(Messages.get(locale, "lists.template.valuesSheet")), type, sectors, bold, locale);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook in memory", e);
        }
    }

    private static void writeItems(Sheet sheet, List<String> columns, ListType type, boolean areaGovernment, CellStyle bold,
            Locale locale) {
        Row titles = sheet.createRow(0);
        Row keys = sheet.createRow(1);
        for (int c = 0; c < columns.size(); c++) {
            String field = columns.get(c);
            String title = Messages.get(locale, "lists.field." + field)
                    + (ListSheetColumns.required(type, areaGovernment, field) ? " *" : "");
            titles.createCell(c).setCellValue(title);
            titles.getCell(c).setCellStyle(bold);
            keys.createCell(c).setCellValue(field);
            sheet.setColumnWidth(c, c == 0 ? NARROW : WIDE);
        }
        keys.setZeroHeight(true);
        sheet.createFreezePane(0, 2);
    }

    /** One row per item under the two heading rows, each value as the import reads it back. */
    private static void writeRows(Sheet sheet, List<String> columns, List<ListItem> items) {
        CellStyle wrapped = sheet.getWorkbook().createCellStyle();
        wrapped.setWrapText(true);
        int r = 2;
        for (ListItem item : items) {
            Row row = sheet.createRow(r++);
            Map<String, Object> fields = item.fields();
            for (int c = 0; c < columns.size(); c++) {
                Object value = fields.get(columns.get(c));
                String text = value instanceof List<?> values
                        ? values.stream().map(String::valueOf).collect(Collectors.joining(";"))
                        : value == null ? "" : value.toString();
                if (!text.isEmpty()) {
                    row.createCell(c).setCellValue(text);
                    row.getCell(c).setCellStyle(wrapped);
                }
            }
        }
    }

    private static void writeColumns(Sheet sheet, List<String> columns, ListType type, boolean areaGovernment, CellStyle bold,
            Locale locale) {
        Row intro = sheet.createRow(0);
        intro.createCell(0).setCellValue(Messages.get(locale, "lists.template.intro"));
        Row head = sheet.createRow(2);
        String[] headers = {"lists.template.column", "lists.template.fieldName", "lists.template.required",
                "lists.template.explanation"};
        for (int c = 0; c < headers.length; c++) {
            head.createCell(c).setCellValue(Messages.get(locale, headers[c]));
            head.getCell(c).setCellStyle(bold);
        }
        int r = 3;
        for (String field : columns) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(Messages.get(locale, "lists.field." + field));
            row.createCell(1).setCellValue(field);
            row.createCell(2).setCellValue(Messages.get(locale,
                    ListSheetColumns.required(type, areaGovernment, field) ? "lists.template.yes" : "lists.template.no"));
            row.createCell(3).setCellValue(Messages.get(locale, "lists.template.field." + field));
        }
        sheet.setColumnWidth(0, NARROW);
        sheet.setColumnWidth(1, NARROW);
        sheet.setColumnWidth(2, 8 * 256);
        sheet.setColumnWidth(3, 90 * 256);
    }

    private static void writeValues(Sheet sheet, ListType type, List<Sector> sectors, CellStyle bold, Locale locale) {
        Row head = sheet.createRow(0);
        String[] headers = {"lists.template.column", "lists.template.code", "lists.template.label"};
        for (int c = 0; c < headers.length; c++) {
            head.createCell(c).setCellValue(Messages.get(locale, headers[c]));
            head.getCell(c).setCellStyle(bold);
        }
        int r = 1;
        if (type == ListType.POWER) {
            for (PowerType value : PowerType.values()) {
                value(sheet.createRow(r++), locale, "powerType", value.name(),
                        Messages.get(locale, "lists.powerType." + value.name()));
            }
        }
        if (type == ListType.ANNUAL_TASKS) {
            for (TaskStatus value : TaskStatus.values()) {
                value(sheet.createRow(r++), locale, "taskStatus", value.name(),
                        Messages.get(locale, "lists.taskStatus." + value.name()));
            }
        }
        for (Sector sector : sectors) {
            value(sheet.createRow(r++), locale, "sectors", sector.code(), sector.name().in(locale));
        }
        sheet.setColumnWidth(0, NARROW);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, WIDE);
    }

    private static void value(Row row, Locale locale, String field, String code, String label) {
        row.createCell(0).setCellValue(Messages.get(locale, "lists.field." + field));
        row.createCell(1).setCellValue(code);
        row.createCell(2).setCellValue(label);
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
