package org.safetyportal.content.ledger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;
import org.safetyportal.content.database.TransactionScope;

/**
 * Public answers computed once per ledger head (of all entries, or of a {@link LedgerFamily}) and held in
 * memory, bounded by size. An entry belongs to the head it was computed at; when the head moves, the entries
 * of older heads are dropped and the next read computes afresh. Reads inside a transaction are never kept:
 * they may see uncommitted writes.
 */
public final class PerHeadCache<K, V> {

    private final PublicationHead head;
    private final LedgerFamily family;
    private final Cache<HeadKey<K>, V> cache;
    private volatile long newest = -1;

    /** Answers made from anything the ledger covers: recomputed whenever it grows. */
    public PerHeadCache(PublicationHead head, long maximumSize) {
        this(head, LedgerFamily.ALL, maximumSize);
    }

    /** Answers made only from publications of the family's event types: recomputed when one of those is appended. */
    public PerHeadCache(PublicationHead head, LedgerFamily family, long maximumSize) {
        this.head = head;
        this.family = family;
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The answer for this key at the current head, computed by {@code load} (which must not answer null) when missing. */
    public V get(K key, Function<K, V> load) {
        if (TransactionScope.active()) {
            return load.apply(key);
        }
        long at = head.current(family);
        if (at != newest) {
            newest = at;
            cache.asMap().keySet().removeIf(old -> old.head() != at);
        }
        return cache.get(new HeadKey<>(at, key), k -> load.apply(k.key()));
    }

    private record HeadKey<K>(long head, K key) {
    }
}
