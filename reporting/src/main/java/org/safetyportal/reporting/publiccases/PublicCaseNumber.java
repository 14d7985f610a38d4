package org.safetyportal.reporting.publiccases;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a case is known by in public, such as {@code 2026-00042}: the year it was received and its
 * case number, which the ledger already names ({@code hazard-case:42}). It is deliberately not the
 * tracking code: the tracking code and its PIN are the reporter's key to the case, and a public page
 * must never hand it out.
 */
public final class PublicCaseNumber {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{5,9})");

    private PublicCaseNumber() {
    }

    public static String of(LocalDate received, int caseId) {
        return String.format("%04d-%05d", received.getYear(), caseId);
    }

    /** The case id a well-formed number names, with the year it claims; empty for anything else. */
    static Optional<Parsed> parse(String number) {
        if (number == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(number.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    record Parsed(int year, int caseId) {
    }
}
