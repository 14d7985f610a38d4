package org.safetyportal.content.account;

import java.time.Instant;

/** What a login check needs to know of an account, and nothing more. */
public record LoginCredentials(String username, String passwordHash, boolean enabled, Instant lockedUntil) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
