package org.safetyportal.content.exports;

import java.time.Instant;
import org.safetyportal.content.ledger.Sha256;
import org.safetyportal.content.lists.ItemFilter;

/** A filtered set of published items written as a file: which filter, when, how many items. */
public record ItemSetExport(ItemFilter filter, ExportFormat format, Instant generatedAt, int itemCount, String fileName,
        byte[] bytes) {

    /** The SHA-256 of the file's bytes, as {@code sha256sum} prints it for the saved file. */
    public String fileHash() {
        return Sha256.of(bytes);
    }
}
