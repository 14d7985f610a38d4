package org.safetyportal.content.majorhazards;

import java.util.Optional;
import org.safetyportal.content.ledger.LedgerEntry;

/**
 * One publication of the register as the ledger records it, for feeds: the listing of a hazard
 * ({@code step} null) or one step of its rectification, with the ledger entry that made it public.
 */
public record HazardPublication(LedgerEntry entry, MajorHazard hazard, HazardEvent step) {

    public Optional<HazardEvent> rectificationStep() {
        return Optional.ofNullable(step);
    }
}
