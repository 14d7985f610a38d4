package org.safetyportal.content.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** For the tests of the register exports: the cells a row should have, and the cells a sheet has. */
final class ExportRows {

    private ExportRows() {
    }

    /** The row's values under the names, as the text of CSV fields or workbook cells (null: no value). */
    static List<String> cells(List<String> names, Map<String, Object> row) {
        List<String> cells = new ArrayList<>();
        names.forEach(name -> cells.add(CellText.of(row.get(name))));
        return cells;
    }

    /** Every row of the sheet as the formatted text of its first columns; a missing cell is null. */
    static List<List<String>> read(Sheet sheet, int columns) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? null : formatter.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }
}
