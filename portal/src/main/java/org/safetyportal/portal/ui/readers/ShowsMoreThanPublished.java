package org.safetyportal.portal.ui.readers;

/**
 * A public page that shows more than the ledger publishes (the progress of a citizen's report, a form
 * with what was typed): its copy for readers is written for each visit and never kept
 * ({@link ReaderCopies}), since it can change without a publication.
 */
public interface ShowsMoreThanPublished {
}
