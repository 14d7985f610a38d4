package org.safetyportal.content.lists;

import java.time.Instant;
import java.time.LocalDate;
import org.safetyportal.content.organization.Department;

/** One version of one department's list, with who drafted, submitted and reviewed it, and when. */
public record ListVersion(int id, Department department, ListType type, int year, int versionNo,
        VersionStatus status, Integer basedOnId, String draftedBy, Instant draftedAt, String submittedBy,
        Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewComment, LocalDate effectiveDate,
        ChangeReason changeReason, Instant publishedAt, String contentHash) {

    /** The same version with another standing ({@link EffectiveVersions}); nothing stored changes. */
    ListVersion withStatus(VersionStatus standing) {
        return standing == status ? this : new ListVersion(id, department, type, year, versionNo, standing, basedOnId,
                draftedBy, draftedAt, submittedBy, submittedAt, reviewedBy, reviewedAt, reviewComment, effectiveDate,
                changeReason, publishedAt, contentHash);
    }

    /** The name this version has in the publication ledger. */
    public String ledgerSubject() {
        return ListContentSource.PREFIX + id;
    }

    /** The bundle key of this list's title (see {@link ListType#titleKey}). */
    public String titleKey() {
        return type.titleKey(department);
    }
}
