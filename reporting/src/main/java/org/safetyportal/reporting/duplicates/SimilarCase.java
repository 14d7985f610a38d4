package org.safetyportal.reporting.duplicates;

import org.safetyportal.reporting.publiccases.PublicCase;

/** A published case that may be the one a visitor is about to report, and how alike their words are (0 to 1). */
public record SimilarCase(PublicCase hazardCase, double similarity) {
}
