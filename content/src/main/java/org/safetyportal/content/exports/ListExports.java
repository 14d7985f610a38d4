package org.safetyportal.content.exports;

import jakarta.inject.Singleton;
import java.util.Map;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListVersion;

/**
 * Published list versions as files for anyone to keep: CSV, Excel and JSON. Each carries its
 * provenance (ledger subject and content hash), so a saved copy can be checked against the
 * publication ledger later. Only published and superseded versions are exported.
 */
@Singleton
public class ListExports {

    private static final Map<ExportFormat, ExportWriter> WRITERS = Map.of(
            ExportFormat.CSV, new CsvWriter(),
            ExportFormat.XLSX, new XlsxWriter(),
            ExportFormat.JSON, new JsonWriter());

    private final ListCatalogue catalogue;

    ListExports(ListCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The version in the format; the version must be published or superseded (see {@link ListCatalogue#version}). */
    public ListExport export(ListVersion version, ExportFormat format) {
        PublishedList list = new PublishedList(version, catalogue.publishedContent(version));
        return new ListExport(version, format, ExportFileNames.of(version, format), WRITERS.get(format).write(list));
    }
}
