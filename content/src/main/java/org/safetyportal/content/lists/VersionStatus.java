package org.safetyportal.content.lists;

/** DRAFT → SUBMITTED → PUBLISHED → SUPERSEDED; a reviewer may send SUBMITTED back to DRAFT. */
public enum VersionStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    SUPERSEDED;

    public boolean isPublic() {
        return this == PUBLISHED || this == SUPERSEDED;
    }

    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED;
    }
}
