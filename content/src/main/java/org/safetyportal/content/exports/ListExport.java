package org.safetyportal.content.exports;

import org.safetyportal.content.ledger.Sha256;
import org.safetyportal.content.lists.ListVersion;

/**
 * One published list version written as a file, with what identifies it in the publication ledger:
 * the ledger subject and the SHA-256 of the version's canonical content recorded there.
 */
public record ListExport(ListVersion version, ExportFormat format, String fileName, byte[] bytes) {

    public String contentHash() {
        return version.contentHash();
    }

    public String ledgerSubject() {
        return version.ledgerSubject();
    }

    /** The SHA-256 of the file's bytes, as {@code sha256sum} prints it for the saved file. */
    public String fileHash() {
        return Sha256.of(bytes);
    }
}
