package org.safetyportal.content.publishing;

import java.time.Instant;

/** Writes the published row, stamped with the moment and the hash of its canonical content; answers its id. */
@FunctionalInterface
public interface PublishedRow {

    int insert(Instant publishedAt, String contentHash);
}
