package org.safetyportal.reporting.challenge;

import org.safetyportal.content.ValidationException;

/**
 * A report (or a support of an existing case) from a busy source waits for a human check:
 * {@code report.challenge.required} the first time, {@code report.challenge.wrong} when the answer given was not
 * right or its check had expired or been used ({@code support.challenge.…} for a support).
 */
public class HumanCheckRequired extends ValidationException {

    public HumanCheckRequired(boolean answered) {
        this("report", answered);
    }

    /** {@code asked}: {@code report} or {@code support}, what waits for the check, which names its words. */
    public HumanCheckRequired(String asked, boolean answered) {
        super(asked + (answered ? ".challenge.wrong" : ".challenge.required"));
    }
}
