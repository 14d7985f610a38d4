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

    private final String resource;
    private final List<Map<String, String>> rows;

    private SeedTable(String resource, List<Map<String, String>> rows) {
        this.resource = resource;
        this.rows = rows;
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
            List<Map<String, String>> rows = new ArrayList<>();
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
                rows.add(row);
            }
            return new SeedTable(resource, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + resource, e);
        }
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    public String resource() {
        return resource;
    }
}
