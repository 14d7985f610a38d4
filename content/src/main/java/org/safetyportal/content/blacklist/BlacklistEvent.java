package org.safetyportal.content.blacklist;

import java.time.LocalDate;

/** One thing that happened to an entry, on the day it happened: listed, removed early, or expired. */
public record BlacklistEvent(Kind kind, LocalDate date, BlacklistEntry entry) {

    public enum Kind {
        LISTED, REMOVED, EXPIRED
    }

    /** A stable name for the event: the ledger subject for listings and removals, a derived one for expiries. */
    public String subject() {
        return switch (kind) {
            case LISTED -> entry.ledgerSubject();
            case REMOVED -> entry.removal().ledgerSubject();
            case EXPIRED -> "blacklist-expiry:" + entry.id();
        };
    }
}
