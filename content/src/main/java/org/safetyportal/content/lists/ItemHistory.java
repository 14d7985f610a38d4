package org.safetyportal.content.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One item code through the published versions of one list, newest first: in which versions it
 * appeared, which fields changed from the version before, and the version that dropped it. Versions
 * before its first appearance, and after a removal until it comes back, are left out.
 */
public record ItemHistory(String code, List<Entry> entries) {

    /** What a version did to the item, compared with the version before it. */
    public enum Change {
        /** The item appears for the first time, or again after a removal. */
        ADDED,
        CHANGED,
        UNCHANGED,
        /** The version no longer holds the item. */
        REMOVED
    }

    /** The item in one version ({@code item} null when that version removed it) and the fields that changed. */
    public record Entry(ListVersion version, ListItem item, Change change, List<ListDiff.FieldChange> fields) {

        public Entry {
            fields = List.copyOf(fields);
        }
    }

    public ItemHistory {
        entries = List.copyOf(entries);
    }

    /**
     * Builds the history from the public versions of a list, oldest first, each with the item as it
     * holds it (or none).
     */
    static ItemHistory of(String code, List<ListVersion> oldestFirst, List<Optional<ListItem>> items) {
        List<Entry> entries = new ArrayList<>();
        ListItem before = null;
        for (int i = 0; i < oldestFirst.size(); i++) {
            ListItem item = items.get(i).orElse(null);
            ListVersion version = oldestFirst.get(i);
            if (item == null && before != null) {
                entries.add(new Entry(version, null, Change.REMOVED, List.of()));
            } else if (item != null && before == null) {
                entries.add(new Entry(version, item, Change.ADDED, List.of()));
            } else if (item != null) {
                List<ListDiff.FieldChange> fields = ListDiff.fieldChanges(before, item);
                entries.add(new Entry(version, item, fields.isEmpty() ? Change.UNCHANGED : Change.CHANGED, fields));
            }
            before = item;
        }
        Collections.reverse(entries);
        return new ItemHistory(code, entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
