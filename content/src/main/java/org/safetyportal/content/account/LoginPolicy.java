package org.safetyportal.content.account;

import java.time.Duration;

/** Brute-force protection: after this many wrong passwords in a row an account is locked for a while. */
public final class LoginPolicy {

    public static final int MAX_FAILED_LOGINS = 6;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(30);
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 128;

    private LoginPolicy() {
    }
}
