package org.safetyportal.reporting.challenge;

import org.safetyportal.content.ValidationException;

/**
 * A report from a busy source waits for a human check: {@code report.challenge.required} the first time,
 * {@code report.challenge.wrong} when the answer given was not right or its check had expired or been used.
 */
public class HumanCheckRequired extends ValidationException {

    public HumanCheckRequired(boolean answered) {
        super(answered ? "report.challenge.wrong" : "report.challenge.required");
    }
}
