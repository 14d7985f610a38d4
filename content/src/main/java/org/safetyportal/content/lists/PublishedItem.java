package org.safetyportal.content.lists;

/**
 * One item as the public reads it, with the published version it belongs to: the version's id and
 * content hash are the item's provenance (the ledger entry that recorded it).
 */
public record PublishedItem(ListVersion version, ListItem item) {

    public String code() {
        return item.code();
    }
}
