package org.safetyportal.content.exports;

/** Writes one published list version, or a filtered set of published items, in one file format, headed in the reader's language. */
interface ExportWriter {

    byte[] write(PublishedList list, Headings headings);

    /** Writes the items that passed a filter, each with its provenance, and the filter and time of the set. */
    byte[] write(ItemSet set, Headings headings);
}
