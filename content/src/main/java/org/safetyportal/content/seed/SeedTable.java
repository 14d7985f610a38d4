package org.safetyportal.content.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated seed file on the class path: a header line naming the columns, then one row a
 * line. Chinese domain data lives in such files so that it can be reviewed as data, not code.
 */
public final class SeedTable {

    /** A row with the number of its line in the file (the header is line 1), so that a mistake can be named where it is. */
    public record Line(int number, Map<String, String> cells) {
    }

    private final String resource;
    private final List<Line> lines;

    private SeedTable(String resource, List<Line> lines) {
        this.resource = resource;
        this.lines = lines;
    }

    public static SeedTable read(String resource) {
        try (InputStream in = SeedTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed file not found on the class path: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalStateException("Seed file is empty: " + resource);
            }
            List<String> columns = Arrays.asList(header.split("\t", -1));
            List<Line> rows = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns.size()) {
                    throw new IllegalStateException(resource + ":" + lineNumber + " has " + cells.length
                            + " cells, the header names " + columns.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    row.put(columns.get(i), cells[i].trim());
                }
                rows.add(new Line(lineNumber, row));
            }
            return new SeedTable(resource, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + resource, e);
        }
    }

    public List<Map<String, String>> rows() {
        return lines.stream().map(Line::cells).toList();
    }

    /** The rows with their line numbers. */
    public List<Line> lines() {
        return lines;
    }

    public String resource() {
        return resource;
    }
}
