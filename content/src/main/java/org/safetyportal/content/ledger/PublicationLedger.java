package org.safetyportal.content.ledger;

import static org.safetyportal.content.internal.jooq.Tables.PUBLICATION_LEDGER;
import static org.safetyportal.content.internal.jooq.Tables.PUBLICATION_LEDGER_HEAD;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.safetyportal.content.internal.jooq.tables.records.PublicationLedgerHeadRecord;
import org.safetyportal.content.internal.jooq.tables.records.PublicationLedgerRecord;
import org.safetyportal.content.ledger.LedgerVerification.Problem;

/**
 * The append-only, hash-chained record of everything the portal publishes. Appends join the
 * caller's transaction, so content and its ledger entry are committed together or not at all.
 */
@Singleton
public class PublicationLedger {

    private static final int VERIFY_PAGE = 500;

    private final DSLContext dsl;
    private final Clock clock;
    private final List<PublishedContentSource> sources;
    private final PublicationHead publicationHead;

    PublicationLedger(DSLContext dsl, Clock clock, List<PublishedContentSource> sources, PublicationHead head) {
        this.dsl = dsl;
        this.clock = clock;
        this.sources = List.copyOf(sources);
        this.publicationHead = head;
    }

    /**
     * Waits for the ledger's turn and holds it until the caller's transaction ends. A publication whose
     * checks read what another publication may change at the same moment (is this version still
     * submitted, still in force?) takes its turn before checking, so that two such requests are
     * checked one after the other and the second sees what the first did. Call it first in the transaction.
     */
    public void takeTurn() {
        dsl.transaction(() -> dsl.selectFrom(PUBLICATION_LEDGER_HEAD).where(PUBLICATION_LEDGER_HEAD.ID.eq(1))
                .forUpdate().fetchSingle());
    }

    /** Records a publication event for content given in canonical form; answers the new entry. */
    public LedgerEntry append(String eventType, String subject, String canonicalContent) {
        return dsl.transactionResult(() -> {
            // The head row is locked until commit, so two publications can never take the same place.
            PublicationLedgerHeadRecord head = dsl.selectFrom(PUBLICATION_LEDGER_HEAD)
                    .where(PUBLICATION_LEDGER_HEAD.ID.eq(1)).forUpdate().fetchSingle();
            long seq = head.getLastSeq() + 1;
            // Whole seconds: MySQL's driver drops fractions when it takes MariaDB ("5.5.5-10.x") for an
            // old MySQL, and a time that changes on its way into the database would break the hash.
            Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            String contentHash = Sha256.of(canonicalContent);
            String entryHash = LedgerEntry.hashOf(seq, at, eventType, subject, contentHash, head.getLastHash());
            dsl.insertInto(PUBLICATION_LEDGER)
                    .set(PUBLICATION_LEDGER.SEQ, seq)
                    .set(PUBLICATION_LEDGER.OCCURRED_AT, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                    .set(PUBLICATION_LEDGER.EVENT_TYPE, eventType)
                    .set(PUBLICATION_LEDGER.SUBJECT, subject)
                    .set(PUBLICATION_LEDGER.CONTENT_HASH, contentHash)
                    .set(PUBLICATION_LEDGER.PREVIOUS_HASH, head.getLastHash())
                    .set(PUBLICATION_LEDGER.ENTRY_HASH, entryHash)
                    .execute();
            dsl.update(PUBLICATION_LEDGER_HEAD)
                    .set(PUBLICATION_LEDGER_HEAD.LAST_SEQ, seq)
                    .set(PUBLICATION_LEDGER_HEAD.LAST_HASH, entryHash)
                    .where(PUBLICATION_LEDGER_HEAD.ID.eq(1))
                    .execute();
            publicationHead.appended();
            return new LedgerEntry(seq, at, eventType, subject, contentHash, head.getLastHash(), entryHash);
        });
    }

    /** Newest first. */
    public List<LedgerEntry> entries(int offset, int limit) {
        return dsl.selectFrom(PUBLICATION_LEDGER).orderBy(PUBLICATION_LEDGER.SEQ.desc())
                .offset(offset).limit(limit).fetch(PublicationLedger::toEntry);
    }

    public long size() {
        return dsl.fetchCount(PUBLICATION_LEDGER);
    }

    public Optional<LedgerEntry> entry(long seq) {
        return dsl.selectFrom(PUBLICATION_LEDGER).where(PUBLICATION_LEDGER.SEQ.eq(seq))
                .fetchOptional(PublicationLedger::toEntry);
    }

    public List<LedgerEntry> entriesFor(String subject) {
        return dsl.selectFrom(PUBLICATION_LEDGER).where(PUBLICATION_LEDGER.SUBJECT.eq(subject))
                .orderBy(PUBLICATION_LEDGER.SEQ).fetch(PublicationLedger::toEntry);
    }

    /**
     * Walks the whole chain from the first entry: every entry's own hash, its link to the entry
     * before, and the published content it stands for, rebuilt from what is stored now.
     */
    public LedgerVerification verify() {
        String previous = LedgerEntry.GENESIS_HASH;
        long expectedSeq = 1;
        long checked = 0;
        // A page of entries is read whole before their contents are rebuilt: rebuilding queries the
        // content's own tables, and doing that while a cursor held its connection could exhaust the pool.
        List<LedgerEntry> page;
        long after = 0;
        do {
            page = dsl.selectFrom(PUBLICATION_LEDGER).where(PUBLICATION_LEDGER.SEQ.gt(after))
                    .orderBy(PUBLICATION_LEDGER.SEQ).limit(VERIFY_PAGE).fetch().map(PublicationLedger::toEntry);
            for (LedgerEntry entry : page) {
                checked++;
                if (entry.seq() != expectedSeq || !entry.previousHash().equals(previous)) {
                    return LedgerVerification.broken(checked, entry.seq(), Problem.CHAIN_BROKEN);
                }
                if (!entry.isIntact()) {
                    return LedgerVerification.broken(checked, entry.seq(), Problem.ENTRY_ALTERED);
                }
                Optional<Problem> content = checkContent(entry);
                if (content.isPresent()) {
                    return LedgerVerification.broken(checked, entry.seq(), content.get());
                }
                previous = entry.entryHash();
                expectedSeq++;
                after = entry.seq();
            }
        } while (page.size() == VERIFY_PAGE);
        PublicationLedgerHeadRecord head = dsl.selectFrom(PUBLICATION_LEDGER_HEAD)
                .where(PUBLICATION_LEDGER_HEAD.ID.eq(1)).fetchSingle();
        if (head.getLastSeq() != expectedSeq - 1 || !head.getLastHash().equals(previous)) {
            return LedgerVerification.broken(checked, expectedSeq, Problem.ENTRIES_MISSING);
        }
        return LedgerVerification.intact(checked, previous);
    }

    private Optional<Problem> checkContent(LedgerEntry entry) {
        for (PublishedContentSource source : sources) {
            if (entry.subject().startsWith(source.subjectPrefix())) {
                Optional<String> content = source.canonicalContent(entry.subject());
                if (content.isEmpty()) {
                    return Optional.of(Problem.CONTENT_MISSING);
                }
                return Sha256.of(content.get()).equals(entry.contentHash())
                        ? Optional.empty() : Optional.of(Problem.CONTENT_CHANGED);
            }
        }
        return Optional.of(Problem.CONTENT_MISSING);
    }

    private static LedgerEntry toEntry(PublicationLedgerRecord r) {
        return new LedgerEntry(r.getSeq(), r.getOccurredAt().toInstant(ZoneOffset.UTC), r.getEventType(),
                r.getSubject(), r.getContentHash(), r.getPreviousHash(), r.getEntryHash());
    }
}
