package org.safetyportal.content;

/**
 * The acting account was disabled (or no longer exists) after its page was opened: nothing it asks
 * is done any more, and the portal ends its session.
 */
public class AccountDisabledException extends AccessDeniedException {

    public AccountDisabledException() {
        super("error.accountDisabled", new Object[0]);
    }
}
