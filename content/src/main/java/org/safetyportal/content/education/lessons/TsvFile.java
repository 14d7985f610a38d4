package org.safetyportal.content.education.lessons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tab-separated file of the education seed, each row with the line it is on, for errors that name it. */
record TsvFile(String file, List<Row> rows) {

    record Row(int line, Map<String, String> cells) {

        String get(String column) {
            return cells.get(column);
        }
    }

    static TsvFile read(String file, List<String> requiredColumns) {
        String text = EducationSeedFiles.text(file)
                .orElseThrow(() -> new SeedFormatException(EducationSeedFiles.ROOT + file, 0, "the file is missing"));
        String name = EducationSeedFiles.ROOT + file;
        String[] lines = text.split("\r?\n", -1);
        List<String> columns = Arrays.asList(lines[0].replace("\uFEFF", "").split("\t", -1));
        for (String required : requiredColumns) {
            if (!columns.contains(required)) {
                throw new SeedFormatException(name, 1, "the header has no column " + required);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns.size()) {
                throw new SeedFormatException(name, i + 1, cells.length + " cells, the header names " + columns.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                row.put(columns.get(c), cells[c].strip());
            }
            rows.add(new Row(i + 1, row));
        }
        return new TsvFile(name, List.copyOf(rows));
    }
}
