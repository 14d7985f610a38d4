package org.safetyportal.content.ledger;

/**
 * The outcome of checking the whole ledger. When it fails, {@code firstBrokenSeq} names the first
 * entry that does not match and {@code problem} says how: {@code ENTRY_ALTERED} (the entry's own
 * fields), {@code CHAIN_BROKEN} (its link to the one before), {@code CONTENT_CHANGED} (the published
 * content no longer hashes as recorded), {@code CONTENT_MISSING} or {@code ENTRIES_MISSING} (the chain ends
 * before the last entry ever written).
 */
public record LedgerVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, Problem problem,
        String headHash) {

    public enum Problem {
        ENTRY_ALTERED,
        CHAIN_BROKEN,
        CONTENT_CHANGED,
        CONTENT_MISSING,
        ENTRIES_MISSING
    }

    static LedgerVerification intact(long entries, String headHash) {
        return new LedgerVerification(true, entries, null, null, headHash);
    }

    static LedgerVerification broken(long entries, long seq, Problem problem) {
        return new LedgerVerification(false, entries, seq, problem, null);
    }
}
