package org.safetyportal.content;

/**
 * Someone tried to approve work they took part in (drafted, edited, imported, submitted, requested,
 * rectified). Refused like any input, and recorded in the audit log by the service that refused it.
 */
public class FourEyesViolation extends ValidationException {

    private final String subject;

    public FourEyesViolation(String messageKey, String subject) {
        super(messageKey);
        this.subject = subject;
    }

    /** The work the refused approval was about, as the audit log names it (e.g. {@code list-version:34}). */
    public String subject() {
        return subject;
    }
}
