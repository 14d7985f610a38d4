package org.safetyportal.reporting.duplicates;

/** The answer to "this is the same": the case's public number, and whether this support was counted now (false: this device had already supported it). */
public record Support(String caseNumber, boolean counted) {
}
