package org.safetyportal.reporting.identity;

/**
 * Who made a real-name report: name, phone and, if given, email. Its text form never shows them, so
 * that an identity passed to a logger or an exception message leaks nothing.
 */
public record ReporterIdentity(String name, String phone, String email) {

    @Override
    public String toString() {
        return "ReporterIdentity[sealed]";
    }
}
