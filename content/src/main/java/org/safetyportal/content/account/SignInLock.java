package org.safetyportal.content.account;

import java.time.Instant;

/**
 * A count of failed sign-ins: of one user name from one address ({@link Kind#NAME_FROM_ADDRESS}), or
 * of every name from one address ({@link Kind#ADDRESS}, the user name empty). It locks while
 * {@code lockedUntil} is in the future.
 */
public record SignInLock(long id, Kind kind, String username, String address, int failures, Instant lastFailureAt,
        Instant lockedUntil) {

    public enum Kind {
        NAME_FROM_ADDRESS, ADDRESS
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** How the audit log and the lock list name it: {@code admin@192.0.2.7}, or the address alone. */
    public String target() {
        return kind == Kind.ADDRESS ? address : username + "@" + address;
    }
}
