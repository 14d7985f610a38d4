package org.safetyportal.content.oversight;

import java.util.Optional;
import org.safetyportal.content.ledger.LedgerEntry;

/**
 * One publication of 巡查/考核/督查 results as the ledger records it, for feeds: a result ({@code report}
 * null) or the rectification report filed on it, with the ledger entry that made it public.
 */
public record OversightPublication(LedgerEntry entry, OversightResult result, RectificationReport report) {

    public Optional<RectificationReport> rectificationReport() {
        return Optional.ofNullable(report);
    }
}
