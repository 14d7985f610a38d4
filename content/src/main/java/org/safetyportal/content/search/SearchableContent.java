package org.safetyportal.content.search;

import java.util.List;

/**
 * A feature whose publications the public search finds. Each feature says what of its own is
 * published now; the search asks again whenever the publication ledger has grown.
 */
public interface SearchableContent {

    /** The kind of thing this feature publishes; every document it hands in is of this kind. */
    SearchKind kind();

    List<SearchDocument> documents();
}
