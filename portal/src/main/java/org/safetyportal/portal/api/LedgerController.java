package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.ledger.LedgerVerification;
import org.safetyportal.content.ledger.PublicationLedger;

/** The publication ledger as open data, and the same verification the ledger page runs. */
@Controller("/api/v1/ledger")
class LedgerController {

    private final PublicationLedger ledger;

    LedgerController(PublicationLedger ledger) {
        this.ledger = ledger;
    }

    @Serdeable
    record EntryJson(long seq, String occurredAt, String eventType, String subject, String contentHash,
            String previousHash, String entryHash) {
        static EntryJson of(LedgerEntry e) {
            return new EntryJson(e.seq(), e.occurredAt().toString(), e.eventType(), e.subject(), e.contentHash(),
                    e.previousHash(), e.entryHash());
        }
    }

    @Serdeable
    record PageJson(long total, int offset, int limit, List<EntryJson> entries) {
    }

    @Serdeable
    record VerificationJson(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem, String headHash,
            String subject, String since, Long sinceSeq) {
    }

    /** Newest first. */
    @Get
    PageJson entries(@QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit) {
        Paging.check(offset, limit);
        return new PageJson(ledger.size(), offset, limit,
                ledger.entries(offset, limit).stream().map(EntryJson::of).toList());
    }

    /**
     * Verifies the whole ledger; with {@code since}, a head saved earlier (from a feed's or an export's
     * {@code X-Ledger-Head}), also that today's chain still holds that head, i.e. was not cut back since.
     */
    @Get("/verify")
    VerificationJson verify(@Nullable @QueryValue String since) {
        if (since != null && !since.matches("[0-9a-f]{64}")) {
            throw new ValidationException("ledger.since.invalid");
        }
        LedgerVerification v = since == null ? ledger.verify() : ledger.verifySince(since);
        return new VerificationJson(v.intact(), v.entriesChecked(), v.firstBrokenSeq(),
                v.problem() == null ? null : v.problem().name(), v.headHash(), v.subject(), since, v.savedHeadSeq());
    }
}
