package org.safetyportal.content.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.safetyportal.content.lists.PublishedItem;

/**
 * An Excel workbook: the sheet {@value #ITEMS} with a header row in the reader's language
 * ({@link Headings}) and one row per item, and the sheet {@value #ABOUT} with the version's fields, its
 * ledger subject and content hash; a register's workbook adds the sheet {@value #CODES}, what each code
 * in it means in the reader's language. Sheet names are the same in every language. Every value is a text cell (year and version number are numbers, written as integers), so
 * nothing is read as a formula; a field without a value has no cell, nor has the year of a list that
 * is not annual. A text longer than a cell can hold (32,767
 * characters) cannot be written.
 */
final class XlsxWriter implements ExportWriter {

    static final String ITEMS = "items";
    static final String ABOUT = "about";
    static final String CODES = "codes";
    private static final int WIDE = 40 * 256;
    private static final int NARROW = 18 * 256;
    private static final String ENGLISH = "en";

    @Override
    public byte[] write(PublishedList list, Headings headings) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(workbook);
            writeRows(workbook.createSheet(ITEMS), DataDictionary.itemFieldNames(), headings, list.items(), header);
            writeAbout(workbook.createSheet(ABOUT), list.versionFields(), headings, header);
            workbook.getProperties().getCoreProperties().setTitle(list.version().ledgerSubject());
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(list.version().publishedAt())));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook in memory", e);
        }
    }

    /** The sheet {@value #ITEMS} with the provenance columns before the item fields; {@value #ABOUT} with the filter, time and count. */
    @Override
    public byte[] write(ItemSet set, Headings headings) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(workbook);
            List<String> provenance = DataDictionary.itemSetFields().stream().map(DataDictionary.Field::name).toList();
            List<String> names = DataDictionary.itemFieldNames();
            List<String> derived = DataDictionary.itemSetDerivedFields().stream().map(DataDictionary.Field::name).toList();
            XSSFSheet sheet = workbook.createSheet(ITEMS);
            Row head = sheet.createRow(0);
            int c = 0;
            for (String name : provenance) {
                head.createCell(c).setCellValue(headings.of(name));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c++, NARROW);
            }
            for (String name : names) {
                head.createCell(c).setCellValue(headings.of(name));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c++, WIDE);
            }
            for (String name : derived) {
                head.createCell(c).setCellValue(headings.of(name));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c++, NARROW);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (PublishedItem item : set.items()) {
                Row row = sheet.createRow(r++);
                Map<String, Object> source = ItemSet.provenance(item);
                Map<String, Object> fields = item.item().fields();
                Map<String, Object> standing = set.derived(item);
                c = 0;
                for (String name : provenance) {
                    cell(row, c++, name, source.get(name));
                }
                for (String name : names) {
                    cell(row, c++, name, fields.get(name));
                }
                for (String name : derived) {
                    cell(row, c++, name, standing.get(name));
                }
            }
            writeAbout(workbook.createSheet(ABOUT), set.about(), headings, header);
            workbook.getProperties().getCoreProperties().setTitle(set.filter().query());
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(set.generatedAt())));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook in memory", e);
        }
    }

    /** Numbers (year, version id and number) as numbers, everything else as text; no cell without a value. */
    private static void cell(Row row, int column, String name, Object value) {
        if (value instanceof Integer number) {
            integer(row, column, name, number);
            return;
        }
        String text = CellText.of(value);
        if (text != null) {
            row.createCell(column).setCellValue(text);
        }
    }

    /**
     * A register's workbook: rows under a header of the names' headings, the about sheet of name and
     * value pairs, and the sheet of the codes its fields hold with their meanings.
     */
    static byte[] workbook(String rowsSheet, List<String> names, Headings headings, List<Map<String, Object>> rows,
            Map<String, Object> about, List<DocumentedRegister.CodeList> codes, String title, Date created) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(workbook);
            writeRows(workbook.createSheet(rowsSheet), names, headings, rows, header);
            writeAbout(workbook.createSheet(ABOUT), about, headings, header);
            writeCodes(workbook.createSheet(CODES), codes, headings, header);
            workbook.getProperties().getCoreProperties().setTitle(title);
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(created));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook in memory", e);
        }
    }

    private static void writeRows(XSSFSheet sheet, List<String> names, Headings headings, List<Map<String, Object>> items,
            CellStyle header) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            head.createCell(c).setCellValue(headings.of(names.get(c)));
            head.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, c == 0 ? NARROW : WIDE);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (Map<String, Object> item : items) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < names.size(); c++) {
                String text = CellText.of(item.get(names.get(c)));
                if (text != null) {
                    row.createCell(c).setCellValue(text);
                }
            }
        }
    }

    private static void writeAbout(XSSFSheet sheet, Map<String, Object> fields, Headings headings, CellStyle header) {
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        int r = 0;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(headings.of(field.getKey()));
            row.getCell(0).setCellStyle(header);
            Object value = field.getValue();
            if (value instanceof Integer number) {
                integer(row, 1, field.getKey(), number);
            } else if (value instanceof Map<?, ?> name) {
                row.createCell(1).setCellValue(String.valueOf(name.get(ENGLISH.equals(headings.locale().getLanguage()) ? "en" : "zh")));
            } else if (value != null) {
                row.createCell(1).setCellValue(value.toString());
            }
        }
    }

    /** One row per code: the list it belongs to, the code as the records write it, and its name in the reader's language. */
    private static void writeCodes(XSSFSheet sheet, List<DocumentedRegister.CodeList> codes, Headings headings, CellStyle header) {
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 50 * 256);
        Row head = sheet.createRow(0);
        String[] titles = {"exports.codes.list", "exports.codes.code", "exports.codes.meaning"};
        for (int c = 0; c < titles.length; c++) {
            head.createCell(c).setCellValue(headings.text(titles[c]));
            head.getCell(c).setCellStyle(header);
        }
        int r = 1;
        for (DocumentedRegister.CodeList list : codes) {
            for (String code : list.codes()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(list.name());
                row.createCell(1).setCellValue(code);
                row.createCell(2).setCellValue(headings.text(list.messagePrefix() + code));
            }
        }
        sheet.createRow(r + 1).createCell(0).setCellValue(headings.text("exports.codes.more"));
    }

    /**
     * An integer as a number cell holding exactly its digits: POI would store 2026 as "2026.0", which
     * readers of the file's XML take for a decimal. A list that is not annual has year 0: no year, no cell.
     */
    private static void integer(Row row, int column, String name, int number) {
        if ("year".equals(name) && number == 0) {
            return;
        }
        XSSFCell cell = (XSSFCell) row.createCell(column);
        cell.setCellValue(number);
        cell.getCTCell().setV(Integer.toString(number));
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }
}
