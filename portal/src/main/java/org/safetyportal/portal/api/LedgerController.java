package org.safetyportal.portal.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
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
    record VerificationJson(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem, String headHash) {
    }

    /** Newest first. */
    @Get
    PageJson entries(@QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit) {
        Paging.check(offset, limit);
        return new PageJson(ledger.size(), offset, limit,
                ledger.entries(offset, limit).stream().map(EntryJson::of).toList());
    }

    @Get("/verify")
    VerificationJson verify() {
        LedgerVerification v = ledger.verify();
        return new VerificationJson(v.intact(), v.entriesChecked(), v.firstBrokenSeq(),
                v.problem() == null ? null : v.problem().name(), v.headHash());
    }
}
