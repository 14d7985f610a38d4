package org.safetyportal.content.ledger;

import static org.safetyportal.content.internal.jooq.Tables.PUBLICATION_LEDGER;
import static org.safetyportal.content.internal.jooq.Tables.PUBLICATION_LEDGER_HEAD;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.safetyportal.content.database.TransactionScope;
import org.safetyportal.content.internal.jooq.tables.records.PublicationLedgerHeadRecord;
import org.safetyportal.content.internal.jooq.tables.records.PublicationLedgerRecord;
import org.safetyportal.content.ledger.LedgerVerification.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only, hash-chained record of everything the portal publishes. Appends join the
 * caller's transaction, so content and its ledger entry are committed together or not at all.
 */
@Singleton
public class PublicationLedger {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationLedger.class);
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

    /** Records a publication event for content given in canonical form, at the clock's time; answers the new entry. */
    public LedgerEntry append(String eventType, String subject, String canonicalContent) {
        return append(eventType, subject, canonicalContent, clock.instant());
    }

    /**
     * Records a publication event at the time the publication itself stores ({@code published_at} and the
     * like), so that the verifier can hold that stored time against the entry's; answers the new entry.
     */
    public LedgerEntry append(String eventType, String subject, String canonicalContent, Instant publishedAt) {
        return appendAll(List.of(new NewEntry(eventType, subject, canonicalContent, publishedAt))).get(0);
    }

    /** A publication event to record: what kind, of what, its content in canonical form and its time. */
    public record NewEntry(String eventType, String subject, String canonicalContent, Instant publishedAt) {
    }

    /**
     * Records publication events one after the other in the chain, in one turn of the ledger: what a batch of
     * publications committed together (citizens' reports taken at the same moment) costs once, not once each.
     */
    public List<LedgerEntry> appendAll(List<NewEntry> entries) {
        // Inside the caller's transaction as it is: a savepoint of its own would cost two more round trips while
        // the head is held, and a failed append fails the whole publication anyway.
        return TransactionScope.active() ? appendNow(entries) : dsl.transactionResult(() -> appendNow(entries));
    }

    private List<LedgerEntry> appendNow(List<NewEntry> entries) {
        // The head row is locked until commit, so two publications can never take the same place.
        PublicationLedgerHeadRecord head = dsl.selectFrom(PUBLICATION_LEDGER_HEAD)
                .where(PUBLICATION_LEDGER_HEAD.ID.eq(1)).forUpdate().fetchSingle();
        List<LedgerEntry> appended = new ArrayList<>(entries.size());
        long seq = head.getLastSeq();
        String previous = head.getLastHash();
        var insert = dsl.insertInto(PUBLICATION_LEDGER, PUBLICATION_LEDGER.SEQ, PUBLICATION_LEDGER.OCCURRED_AT,
                PUBLICATION_LEDGER.EVENT_TYPE, PUBLICATION_LEDGER.SUBJECT, PUBLICATION_LEDGER.CONTENT_HASH,
                PUBLICATION_LEDGER.PREVIOUS_HASH, PUBLICATION_LEDGER.ENTRY_HASH);
        for (NewEntry entry : entries) {
            seq++;
            // Whole seconds: MySQL's driver drops fractions when it takes MariaDB ("5.5.5-10.x") for an
            // old MySQL, and a time that changes on its way into the database would break the hash.
            Instant at = entry.publishedAt().truncatedTo(ChronoUnit.SECONDS);
            String contentHash = Sha256.of(entry.canonicalContent());
            String entryHash = LedgerEntry.hashOf(seq, at, entry.eventType(), entry.subject(), contentHash, previous);
            insert = insert.values(seq, LocalDateTime.ofInstant(at, ZoneOffset.UTC), entry.eventType(), entry.subject(), contentHash,
                    previous, entryHash);
            appended.add(new LedgerEntry(seq, at, entry.eventType(), entry.subject(), contentHash, previous, entryHash));
            previous = entryHash;
        }
        insert.execute();
        dsl.update(PUBLICATION_LEDGER_HEAD)
                .set(PUBLICATION_LEDGER_HEAD.LAST_SEQ, seq)
                .set(PUBLICATION_LEDGER_HEAD.LAST_HASH, previous)
                .where(PUBLICATION_LEDGER_HEAD.ID.eq(1))
                .execute();
        appended.forEach(entry -> publicationHead.appended(entry.seq(), entry.eventType()));
        return appended;
    }

    /** Newest first. */
    public List<LedgerEntry> entries(int offset, int limit) {
        return dsl.selectFrom(PUBLICATION_LEDGER).orderBy(PUBLICATION_LEDGER.SEQ.desc())
                .offset(offset).limit(limit).fetch(PublicationLedger::toEntry);
    }

    /** The newest entries of the given event types, newest first: what a register's feed announces. */
    public List<LedgerEntry> latest(Collection<String> eventTypes, int limit) {
        return dsl.selectFrom(PUBLICATION_LEDGER).where(PUBLICATION_LEDGER.EVENT_TYPE.in(eventTypes))
                .orderBy(PUBLICATION_LEDGER.SEQ.desc()).limit(limit).fetch().map(PublicationLedger::toEntry);
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

    /** The newest entry as the head row records it. */
    public LedgerHead head() {
        PublicationLedgerHeadRecord head = dsl.selectFrom(PUBLICATION_LEDGER_HEAD)
                .where(PUBLICATION_LEDGER_HEAD.ID.eq(1)).fetchSingle();
        return new LedgerHead(head.getLastSeq(), head.getLastHash());
    }

    /**
     * Walks the whole chain from the first entry: every entry's own hash, its link to the entry
     * before, and the published content it stands for, rebuilt from what is stored now; then the head
     * row against the last entry; then every feature's rows against the chain (each row that claims to
     * be published has its entry, keeps its content hash and time, and is in the state the chain gives it).
     */
    public LedgerVerification verify() {
        String previous = LedgerEntry.GENESIS_HASH;
        long expectedSeq = 1;
        long checked = 0;
        List<LedgerEntry> entries = new ArrayList<>();
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
                    return LedgerVerification.broken(checked, entry.seq(), Problem.CHAIN_BROKEN, entry.subject());
                }
                if (!entry.isIntact()) {
                    return LedgerVerification.broken(checked, entry.seq(), Problem.ENTRY_ALTERED, entry.subject());
                }
                Optional<Problem> content = checkContent(entry);
                if (content.isPresent()) {
                    return LedgerVerification.broken(checked, entry.seq(), content.get(), entry.subject());
                }
                entries.add(entry);
                previous = entry.entryHash();
                expectedSeq++;
                after = entry.seq();
            }
        } while (page.size() == VERIFY_PAGE);
        LedgerHead head = head();
        if (head.seq() != expectedSeq - 1 || !head.hash().equals(previous)) {
            return LedgerVerification.broken(checked, expectedSeq, Problem.ENTRIES_MISSING, null);
        }
        LedgerChain chain = new LedgerChain(entries);
        for (PublishedContentSource source : sources) {
            Optional<LedgerVerification> stored = checkStored(source, chain, checked);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        return LedgerVerification.intact(checked, previous);
    }

    /**
     * Verifies the whole ledger as {@link #verify()} does, and that a head saved earlier (from a feed, an
     * export, an earlier verification) is still in the chain: a chain cut back and rebuilt from a point
     * before that head no longer holds it, however consistent it is in itself.
     */
    public LedgerVerification verifySince(String savedHeadHash) {
        LedgerVerification verification = verify();
        if (!verification.intact()) {
            return verification;
        }
        if (LedgerEntry.GENESIS_HASH.equals(savedHeadHash)) {
            return verification.since(0);
        }
        Optional<Long> seq = dsl.select(PUBLICATION_LEDGER.SEQ).from(PUBLICATION_LEDGER)
                .where(PUBLICATION_LEDGER.ENTRY_HASH.eq(savedHeadHash)).fetchOptional(PUBLICATION_LEDGER.SEQ);
        return seq.map(verification::since)
                .orElseGet(() -> LedgerVerification.broken(verification.entriesChecked(), null, Problem.HEAD_NOT_IN_CHAIN,
                        null));
    }

    private Optional<Problem> checkContent(LedgerEntry entry) {
        for (PublishedContentSource source : sources) {
            if (entry.subject().startsWith(source.subjectPrefix())) {
                try {
                    return checkContent(source, entry);
                } catch (RuntimeException unreadable) {
                    // An unknown code in a code column or a row that refers to nothing: this entry's
                    // content cannot be rebuilt, which is this entry's failure, not the verifier's.
                    LOG.warn("Ledger entry {} ({}): content cannot be read: {}", entry.seq(), entry.subject(), unreadable.toString());
                    return Optional.of(Problem.CONTENT_UNREADABLE);
                }
            }
        }
        return Optional.of(Problem.CONTENT_MISSING);
    }

    private static Optional<Problem> checkContent(PublishedContentSource source, LedgerEntry entry) {
        Optional<String> content = source.canonicalContent(entry.subject());
        if (content.isEmpty()) {
            return Optional.of(Problem.CONTENT_MISSING);
        }
        if (Sha256.of(content.get()).equals(entry.contentHash())) {
            return Optional.empty();
        }
        boolean earlierForm = source.earlierCanonicalContent(entry.subject()).stream()
                .anyMatch(earlier -> Sha256.of(earlier).equals(entry.contentHash()));
        return earlierForm ? Optional.empty() : Optional.of(Problem.CONTENT_CHANGED);
    }

    private Optional<LedgerVerification> checkStored(PublishedContentSource source, LedgerChain chain, long checked) {
        List<StoredPublication> stored;
        try {
            stored = source.storedPublications(chain);
        } catch (RuntimeException unreadable) {
            LOG.warn("Rows of {} cannot be read: {}", source.subjectPrefix(), unreadable.toString());
            return Optional.of(LedgerVerification.broken(checked, null, Problem.CONTENT_UNREADABLE, source.subjectPrefix()));
        }
        for (StoredPublication publication : stored) {
            Optional<LedgerEntry> entry = chain.entryFor(publication.subject());
            if (entry.isEmpty()) {
                return Optional.of(LedgerVerification.broken(checked, null, Problem.UNRECORDED_PUBLICATION,
                        publication.subject()));
            }
            Problem problem = null;
            if (publication.storedContentHash() != null && !publication.storedContentHash().equals(entry.get().contentHash())
                    || !sameTime(publication.publishedAt(), entry.get().occurredAt()) || !publication.rowsAsPublished()) {
                problem = Problem.RECORD_ALTERED;
            } else if (!Objects.equals(publication.state(), publication.stateByChain())) {
                problem = Problem.STATUS_ALTERED;
            }
            if (problem != null) {
                return Optional.of(LedgerVerification.broken(checked, entry.get().seq(), problem, publication.subject()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a row's time of publication is its entry's. Entries written since the publication hands
     * its own time to {@link #append(String, String, String, Instant)} carry exactly that time (whole
     * seconds); earlier ones read the clock a moment after the row did, so their second may be the next.
     */
    private static boolean sameTime(Instant stored, Instant recorded) {
        if (stored == null) {
            return true;
        }
        Instant second = stored.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(recorded) || second.plusSeconds(1).equals(recorded);
    }

    private static LedgerEntry toEntry(PublicationLedgerRecord r) {
        return new LedgerEntry(r.getSeq(), r.getOccurredAt().toInstant(ZoneOffset.UTC), r.getEventType(),
                r.getSubject(), r.getContentHash(), r.getPreviousHash(), r.getEntryHash());
    }
}
