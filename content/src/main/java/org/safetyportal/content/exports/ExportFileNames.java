package org.safetyportal.content.exports;

import org.safetyportal.content.lists.ListVersion;

/**
 * ASCII file names that say which version a file holds, e.g. {@code JC-EMERGENCY_RESPONSIBILITY_v1.xlsx}
 * or {@code JC-EMERGENCY_ANNUAL_TASKS_2026_v2.json}. A CSV file has nowhere else to keep its provenance,
 * so its name also carries the ledger subject and the content hash, named as what it is (the hash of the
 * version's canonical content, not of the file):
 * {@code JC-EMERGENCY_RESPONSIBILITY_v1_list-version-7_content-sha256-<64 hex digits>.csv}.
 */
final class ExportFileNames {

    private ExportFileNames() {
    }

    static String of(ListVersion version, ExportFormat format) {
        StringBuilder name = new StringBuilder(version.department().code()).append('_').append(version.type().name());
        if (version.type().isAnnual()) {
            name.append('_').append(version.year());
        }
        name.append("_v").append(version.versionNo());
        if (format == ExportFormat.CSV) {
            name.append('_').append(version.ledgerSubject()).append("_content-sha256-").append(version.contentHash());
        }
        return asciiSafe(name.toString()) + "." + format.extension();
    }

    /** Letters, digits, dots, hyphens and underscores only; anything else becomes a hyphen. */
    private static String asciiSafe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
