package org.safetyportal.reporting.intake;

/**
 * Where a visitor's report comes from, as far as abuse control needs to know: the network address and
 * the browser's device mark (a random cookie the report page sets). Either may be unknown; a missing
 * one is simply not counted.
 */
public record IntakeSource(String address, String device) {
}
