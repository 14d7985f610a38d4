package org.safetyportal.content.exports;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.safetyportal.content.ledger.CanonicalJson;
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

    /**
     * The version's content exactly as the publication ledger hashed it (canonical JSON in UTF-8): its
     * SHA-256 is the content hash, so {@code sha256sum} of this file checks a copy against the ledger.
     */
    public byte[] canonicalContent(ListVersion version) {
        return CanonicalJson.write(catalogue.publishedContent(version)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The version in the format, headed in the reader's language; the version must be published or
     * superseded (see {@link ListCatalogue#version}).
     */
    public ListExport export(ListVersion version, ExportFormat format, Locale reader) {
        PublishedList list = new PublishedList(version, catalogue.publishedContent(version));
        return new ListExport(version, format, ExportFileNames.of(version, format),
                WRITERS.get(format).write(list, Headings.in(reader)));
    }
}
