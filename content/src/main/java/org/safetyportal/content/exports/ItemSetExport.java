package org.safetyportal.content.exports;

import java.time.Instant;
import org.safetyportal.content.lists.ItemFilter;

/** A filtered set of published items written as a file: which filter, when, how many items. */
public record ItemSetExport(ItemFilter filter, ExportFormat format, Instant generatedAt, int itemCount, String fileName,
        byte[] bytes) {
}
