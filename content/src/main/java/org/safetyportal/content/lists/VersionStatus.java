package org.safetyportal.content.lists;

/**
 * DRAFT → SUBMITTED → PUBLISHED → SUPERSEDED (by the next version) or REPEALED (by a published
 * repeal); a reviewer may send SUBMITTED back to DRAFT.
 */
public enum VersionStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    SUPERSEDED,
    REPEALED;

    public boolean isPublic() {
        return this == PUBLISHED || this == SUPERSEDED || this == REPEALED;
    }

    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED;
    }
}
