package org.safetyportal.content.lists;

import java.time.LocalDate;

/** A reviewer's decision to publish: from when the version applies, why it changed, and an optional note. */
public record ListVersionApproval(LocalDate effectiveDate, ChangeReason reason, String comment) {
}
