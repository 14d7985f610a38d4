package org.safetyportal.portal.ui.readers;

/**
 * What the first response of one page adds to the application's shell for readers without JavaScript:
 * the language, title, feed and description for its head, and its content as HTML ({@link ReadableHtml}).
 * The same for every visitor who sees it, so it can be kept ({@link ReaderCopies}).
 */
record ReaderCopy(String language, String title, String feedPath, String feedTitle, String description, String html) {
}
