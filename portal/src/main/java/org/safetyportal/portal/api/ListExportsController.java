package org.safetyportal.portal.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.util.Arrays;
import java.util.Locale;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.exports.ListExport;
import org.safetyportal.content.exports.ListExports;
import org.safetyportal.content.ledger.Sha256;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.i18n.SupportedLocales;

/**
 * Downloads of a published list version as CSV, Excel or JSON, each answer naming its provenance in
 * {@value #CONTENT_SHA256} and {@value #LEDGER_SUBJECT}. A published version never changes, so answers
 * may be cached; the entity tag is the content hash (with the reader's language for CSV and Excel, whose
 * header rows are in it), weak because a workbook is zipped anew each time.
 */
@Controller("/api/v1/lists/versions")
class ListExportsController {

    static final String CONTENT_SHA256 = "X-Content-SHA256";
    static final String LEDGER_SUBJECT = "X-Ledger-Subject";
    /** The SHA-256 of the answer's own bytes, which {@code sha256sum} of the saved file prints. */
    static final String FILE_SHA256 = "X-File-SHA256";
    private static final String CACHE_CONTROL = "public, max-age=300";

    private final ListCatalogue catalogue;
    private final ListExports exports;

    ListExportsController(ListCatalogue catalogue, ListExports exports) {
        this.catalogue = catalogue;
        this.exports = exports;
    }

    @Get("/{id}/export.csv")
    HttpResponse<byte[]> csv(@PathVariable int id, HttpRequest<?> request) {
        return export(id, ExportFormat.CSV, request);
    }

    @Get("/{id}/export.xlsx")
    HttpResponse<byte[]> xlsx(@PathVariable int id, HttpRequest<?> request) {
        return export(id, ExportFormat.XLSX, request);
    }

    @Get("/{id}/export.json")
    HttpResponse<byte[]> json(@PathVariable int id, HttpRequest<?> request) {
        return export(id, ExportFormat.JSON, request);
    }

    /**
     * The version's content exactly as the publication ledger hashed it: {@code sha256sum} of this file
     * is the content hash, the one-line check of any copy.
     */
    @Get("/{id}/content.json")
    HttpResponse<byte[]> content(@PathVariable int id, HttpRequest<?> request) {
        ListVersion version = catalogue.version(id).orElseThrow(ResourceNotFoundException::new);
        if (alreadyHeld(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), version.contentHash())) {
            return provenance(HttpResponse.notModified(), version, version.contentHash());
        }
        byte[] content = exports.canonicalContent(version);
        return provenance(HttpResponse.ok(content), version, version.contentHash())
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(FILE_SHA256, Sha256.of(content));
    }

    private HttpResponse<byte[]> export(int id, ExportFormat format, HttpRequest<?> request) {
        ListVersion version = catalogue.version(id).orElseThrow(ResourceNotFoundException::new);
        Locale reader = ApiLanguage.of(request);
        String tag = entityTag(version, format, reader);
        if (alreadyHeld(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), tag)) {
            return provenance(HttpResponse.notModified(), version, tag);
        }
        ListExport export = exports.export(version, format, reader);
        return provenance(HttpResponse.ok(export.bytes()), version, tag)
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"")
                .header(FILE_SHA256, export.fileHash());
    }

    /**
     * The content hash, and for CSV and Excel, whose header rows are in the reader's language, the
     * language as well: a copy in one language is not a copy in the other.
     */
    private static String entityTag(ListVersion version, ExportFormat format, Locale reader) {
        return format == ExportFormat.JSON ? version.contentHash()
                : version.contentHash() + "." + SupportedLocales.tagOf(reader);
    }

    private static <T> MutableHttpResponse<T> provenance(MutableHttpResponse<T> response, ListVersion version, String tag) {
        return response
                .header(CONTENT_SHA256, version.contentHash())
                .header(LEDGER_SUBJECT, version.ledgerSubject())
                .header(HttpHeaders.ETAG, "W/\"" + tag + "\"")
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    /** If-None-Match by weak comparison: {@code *}, or any listed tag, weak or strong, that is this one. */
    static boolean alreadyHeld(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(held -> held.startsWith("W/") ? held.substring(2) : held)
                .anyMatch(held -> held.equals("*") || held.equals("\"" + tag + "\""));
    }
}
