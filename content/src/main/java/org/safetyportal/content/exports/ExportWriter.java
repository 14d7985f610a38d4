package org.safetyportal.content.exports;

/** Writes one published list version in one file format. */
interface ExportWriter {

    byte[] write(PublishedList list);
}
