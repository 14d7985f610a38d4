package org.safetyportal.portal.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import java.util.Arrays;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.exports.RegisterExport;

/**
 * The answer to a download of a filtered register ({@code .../export.csv}, {@code .xlsx}, {@code .json}):
 * the file as an attachment under its own name, with the filter and the time it was made in
 * {@value #EXPORT_FILTER} and {@value #GENERATED_AT}. Caching (ETag, 304) is the open-data filter's.
 */
final class RegisterDownloads {

    static final String EXPORT_FILTER = "X-Export-Filter";
    static final String GENERATED_AT = "X-Generated-At";

    private RegisterDownloads() {
    }

    /** The format of a file extension; any other extension is not an address the portal serves (404). */
    static ExportFormat format(String extension) {
        return Arrays.stream(ExportFormat.values()).filter(f -> f.extension().equals(extension)).findFirst()
                .orElseThrow(ResourceNotFoundException::new);
    }

    static HttpResponse<byte[]> of(RegisterExport export) {
        return HttpResponse.ok(export.bytes())
                .contentType(export.format().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"")
                .header(EXPORT_FILTER, export.filter())
                .header(GENERATED_AT, export.generatedAt().toString())
                .header(ListExportsController.FILE_SHA256, export.fileHash());
    }
}
