package org.safetyportal.content.blacklist;

/** Where an entry stands on a given day: on the current list, expired, or removed early by credit repair. */
public enum BlacklistStatus {
    CURRENT, EXPIRED, REMOVED;

    public boolean isHistory() {
        return this != CURRENT;
    }
}
