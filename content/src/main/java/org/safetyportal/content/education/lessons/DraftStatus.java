package org.safetyportal.content.education.lessons;

/** Where a lesson draft stands: being written (or returned for changes), waiting for a second person, published. */
public enum DraftStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED
}
