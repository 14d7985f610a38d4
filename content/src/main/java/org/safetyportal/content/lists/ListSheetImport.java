package org.safetyportal.content.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.safetyportal.content.ValidationException;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.i18n.Translatable;

/**
 * Reads the items of a list from a workbook: the template of {@link ListSheetTemplate} (a row of
 * column titles, then a row of field names, then one row per item) or a version exported as Excel
 * (a row of field names, then the items). Columns are found by field name, so their order does not
 * matter. Every cell is checked and then every item against {@link ListItemRules}; all problems are
 * answered together, each with its row and column, and no items unless there is none.
 */
final class ListSheetImport {

    /** The items read, or the problems found: never both. */
    record Result(List<ListItem> items, List<SheetProblem> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final List<String> SEPARATORS = List.of(";", "；", ",", "，", "、", "\n");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    /** A heading in a reader's language with the field name in brackets, as the exports write it. */
    private static final Pattern HEADING = Pattern.compile(".* \\(([A-Za-z]+)\\)");

    private final ListType type;
    private final boolean areaGovernment;
    private final Set<String> knownSectors;
    private final Map<String, String> sectorCodes;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<SheetProblem> problems = new ArrayList<>();

    /**
     * @param sectorCodes a sector's code by each name it may be given in a cell (its code, its
     *     Chinese and English names)
     */
    private ListSheetImport(ListType type, boolean areaGovernment, Set<String> knownSectors, Map<String, String> sectorCodes) {
        this.type = type;
        this.areaGovernment = areaGovernment;
        this.knownSectors = knownSectors;
        this.sectorCodes = sectorCodes;
    }

    static Result parse(ListType type, boolean areaGovernment, byte[] workbook, Set<String> knownSectors,
            Map<String, String> sectorCodes) {
        return new ListSheetImport(type, areaGovernment, knownSectors, sectorCodes).read(workbook);
    }

    private Result read(byte[] bytes) {
        List<ListItem> items = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet(ListSheetColumns.ITEMS_SHEET);
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            int keyRow = keyRow(sheet);
            if (keyRow < 0) {
                return failed(new SheetProblem(1, null, null, new ValidationException("lists.import.notATemplate")));
            }
            Map<String, Integer> columns = columns(sheet.getRow(keyRow));
            for (int r = keyRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isEmpty(row, columns)) {
                    continue;
                }
                if (items.size() == ListItemRules.MAX_ITEMS) {
                    return failed(new SheetProblem(r + 1, null, null,
                            new ValidationException("lists.items.tooMany", ListItemRules.MAX_ITEMS)));
                }
                items.add(item(row, columns));
                rows.add(r + 1);
            }
            if (items.isEmpty()) {
                return failed(new SheetProblem(keyRow + 2, null, null, new ValidationException("lists.import.noItems")));
            }
            List<SheetProblem> cellProblems = List.copyOf(problems);
            for (ListItemRules.Problem problem : ListItemRules.problems(type, areaGovernment, items, knownSectors, rows::get)) {
                int row = rows.get(problem.index());
                if (cellProblems.stream().anyMatch(p -> p.row() == row && problem.field().equals(p.field()))) {
                    continue; // the cell could not be read, which is already said
                }
                Integer column = columns.get(problem.field());
                problems.add(new SheetProblem(rows.get(problem.index()), column == null ? null : letter(column),
                        problem.field(), problem.reason()));
            }
        } catch (IOException | RuntimeException unreadable) {
            // POI answers a file that is no workbook (or a broken one) with assorted runtime exceptions.
            return failed(new SheetProblem(1, null, null, new ValidationException("lists.import.unreadable")));
        }
        problems.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                : String.valueOf(a.column()).compareTo(String.valueOf(b.column())));
        return problems.isEmpty() ? new Result(List.copyOf(items), List.of()) : new Result(List.of(), List.copyOf(problems));
    }

    /** The row of field names: the first of the first two rows that names the {@code code} column. */
    private int keyRow(Sheet sheet) {
        for (int r = 0; r <= 1; r++) {
            Row row = sheet.getRow(r);
            if (row != null && columns(row).containsKey("code")) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The columns of this list type, by field name; columns of other fields are ignored. A cell names
     * its field alone (the template's hidden row) or, as a downloaded version's header row does, after a
     * heading in the reader's language: {@code 名称 (title)}.
     */
    private Map<String, Integer> columns(Row keys) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> fields = ListSheetColumns.of(type);
        for (Cell cell : keys) {
            String key = fieldName(formatter.formatCellValue(cell).strip());
            if (fields.contains(key)) {
                columns.putIfAbsent(key, cell.getColumnIndex());
            }
        }
        return columns;
    }

    private static String fieldName(String heading) {
        Matcher named = HEADING.matcher(heading);
        return named.matches() ? named.group(1) : heading;
    }

    private boolean isEmpty(Row row, Map<String, Integer> columns) {
        return columns.values().stream().allMatch(c -> text(row.getCell(c)) == null);
    }

    private ListItem item(Row row, Map<String, Integer> columns) {
        Map<String, String> text = new HashMap<>();
        columns.forEach((field, column) -> text.put(field, text(row.getCell(column))));
        int excelRow = row.getRowNum() + 1;
        return new ListItem(text.get("code"), text.get("title"),
                choice(PowerType.class, "lists.powerType.", text.get("powerType"), excelRow, columns, "powerType"),
                text.get("legalBasis"), text.get("responsibleBody"), text.get("stages"), text.get("accountability"),
                text.get("supervisionPhone"), sectors(text.get("sectors")), text.get("measures"),
                date(row, columns, "deadline", excelRow), text.get("cooperatingUnits"),
                choice(TaskStatus.class, "lists.taskStatus.", text.get("taskStatus"), excelRow, columns, "taskStatus"),
                text.get("progress"));
    }

    private String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String value = cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                : formatter.formatCellValue(cell);
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    /** An enum value given by its code or by its name in any supported language. */
    private <E extends Enum<E>> E choice(Class<E> kind, String keyPrefix, String value, int row,
            Map<String, Integer> columns, String field) {
        if (value == null) {
            return null;
        }
        for (E constant : kind.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
            for (Locale locale : SupportedLocales.all()) {
                if (Messages.get(locale, keyPrefix + constant.name()).equals(value)) {
                    return constant;
                }
            }
        }
        problems.add(new SheetProblem(row, letter(columns.get(field)), field,
                new ValidationException("lists.import.unknownValue", row, new Translatable("lists.field." + field), value)));
        return null;
    }

    private LocalDate date(Row row, Map<String, Integer> columns, String field, int excelRow) {
        Integer column = columns.get(field);
        String value = column == null ? null : text(row.getCell(column));
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new SheetProblem(excelRow, letter(column), field,
                    new ValidationException("lists.import.badDate", excelRow, new Translatable("lists.field." + field), value)));
            return null;
        }
    }

    /** Sectors by code or name, separated by semicolons, commas or 、; unknown ones stay as given for the rules to name. */
    private List<String> sectors(String value) {
        if (value == null) {
            return List.of();
        }
        String normalized = value;
        for (String separator : SEPARATORS) {
            normalized = normalized.replace(separator, ";");
        }
        return Arrays.stream(normalized.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> sectorCodes.getOrDefault(s, s)).distinct().toList();
    }

    private Result failed(SheetProblem problem) {
        return new Result(List.of(), List.of(problem));
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
