package org.safetyportal.content.lists;

/**
 * DRAFT → SUBMITTED → PUBLISHED → SUPERSEDED (by the next version) or REPEALED (by a published
 * repeal); a reviewer may send SUBMITTED back to DRAFT. Stored, these record the publication chain;
 * {@link ListCatalogue} answers each public version with its standing on the city's today
 * ({@link EffectiveVersions}): PUBLISHED is then the version in force, and a version published to take
 * effect later is ANNOUNCED until its effective date, which is never stored.
 */
public enum VersionStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    SUPERSEDED,
    REPEALED,
    /** Published, not yet in force: takes effect on its effective date (derived, never stored). */
    ANNOUNCED;

    public boolean isPublic() {
        return this == PUBLISHED || this == SUPERSEDED || this == REPEALED || this == ANNOUNCED;
    }

    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED;
    }
}
