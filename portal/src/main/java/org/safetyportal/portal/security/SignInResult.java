package org.safetyportal.portal.security;

/** How an attempt to sign in ended; each failure has its own message key. */
public enum SignInResult {
    SIGNED_IN(null),
    WRONG_CREDENTIALS("login.error.credentials"),
    LOCKED("login.error.throttled"),
    DISABLED("login.error.disabled");

    private final String messageKey;

    SignInResult(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
