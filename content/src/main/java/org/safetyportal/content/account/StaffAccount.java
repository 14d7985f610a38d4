package org.safetyportal.content.account;

import java.time.Instant;
import java.util.List;

public record StaffAccount(int id, String username, String displayName, boolean enabled,
        Instant lockedUntil, List<RoleGrant> grants) {

    public StaffAccount {
        grants = List.copyOf(grants);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
