package org.safetyportal.content.ledger;

/**
 * The outcome of checking the whole ledger. When it fails, {@code firstBrokenSeq} names the first
 * entry that does not match (null when the failing publication has no entry at all), {@code subject}
 * the publication, and {@code problem} says how:
 * <ul>
 * <li>{@code ENTRY_ALTERED}: the entry's own fields; {@code CHAIN_BROKEN}: its link to the one before;</li>
 * <li>{@code CONTENT_CHANGED}: the published content no longer hashes as recorded;
 * {@code CONTENT_MISSING}: it is gone; {@code CONTENT_UNREADABLE}: its rows cannot be read (an unknown
 * code, a missing row it refers to);</li>
 * <li>{@code RECORD_ALTERED}: the row's own record of the publication (its content hash, its time of
 * publication) differs from the entry; {@code STATUS_ALTERED}: its state (in force, superseded, repealed,
 * published) is not the one the chain gives it; {@code UNRECORDED_PUBLICATION}: a row claims to be
 * published but no entry records it (e.g. the newest entries were deleted and the head rewound);</li>
 * <li>{@code ENTRIES_MISSING}: the chain ends before the last entry ever written (by the head);
 * {@code HEAD_NOT_IN_CHAIN}: a head someone saved earlier is not in today's chain, so the chain was
 * rewritten or cut back since.</li>
 * </ul>
 * {@code savedHeadSeq} is the place in the chain of a saved head that was found.
 */
public record LedgerVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, Problem problem,
        String headHash, String subject, Long savedHeadSeq) {

    public enum Problem {
        ENTRY_ALTERED,
        CHAIN_BROKEN,
        CONTENT_CHANGED,
        CONTENT_MISSING,
        ENTRIES_MISSING,
        CONTENT_UNREADABLE,
        RECORD_ALTERED,
        STATUS_ALTERED,
        UNRECORDED_PUBLICATION,
        HEAD_NOT_IN_CHAIN
    }

    static LedgerVerification intact(long entries, String headHash) {
        return new LedgerVerification(true, entries, null, null, headHash, null, null);
    }

    static LedgerVerification broken(long entries, Long seq, Problem problem, String subject) {
        return new LedgerVerification(false, entries, seq, problem, null, subject, null);
    }

    LedgerVerification since(long savedSeq) {
        return new LedgerVerification(intact, entriesChecked, firstBrokenSeq, problem, headHash, subject, savedSeq);
    }
}
