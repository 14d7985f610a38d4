package org.safetyportal.content.exports;

import java.time.Instant;
import org.safetyportal.content.ledger.Sha256;

/**
 * A filtered set of a public register (inspection results, listed major hazards, blacklist entries,
 * oversight results) written as a file: which filter chose them ({@code filter}, e.g.
 * {@code area=ZZ;sector=COAL_MINE}, or {@code all}), when it was generated, and how many records it
 * holds. Each record in the file carries its own ledger subjects and content hashes.
 */
public record RegisterExport(ExportFormat format, String fileName, byte[] bytes, String filter, Instant generatedAt,
        int total) {

    /** The SHA-256 of the file's bytes, as {@code sha256sum} prints it for the saved file. */
    public String fileHash() {
        return Sha256.of(bytes);
    }
}
