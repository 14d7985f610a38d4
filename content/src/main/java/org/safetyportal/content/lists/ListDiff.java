package org.safetyportal.content.lists;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two published versions of one list, items matched by their code: items
 * added in {@code to}, items removed from {@code from}, items whose fields differ (every field of
 * {@link ListItem#fields()}, each with its old and new value), and how many stayed the same.
 * {@code from} is null when {@code to} is a list's first version: then every item is added.
 */
public record ListDiff(ListVersion from, ListVersion to, List<ListItem> added, List<ListItem> removed,
        List<ChangedItem> changed, int unchanged) {

    public ListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** One item in both versions whose fields differ, in the order of {@link ListItem#fields()}. */
    public record ChangedItem(ListItem before, ListItem after, List<FieldChange> fields) {

        public ChangedItem {
            fields = List.copyOf(fields);
        }

        public String code() {
            return after.code();
        }
    }

    /** One field of an item: its name as in {@link ListItem#fields()}, its value before and after (null if none). */
    public record FieldChange(String field, Object oldValue, Object newValue) {
    }

    /**
     * The fields that {@code to} leaves empty where {@code from} filled them, each with how many items
     * lose it, in the order of {@link ListItem#fields()}: what an upload that dropped a column would do,
     * shown to the publisher before anyone publishes it.
     */
    public Map<String, Integer> emptiedFields() {
        Map<String, Integer> emptied = new LinkedHashMap<>();
        for (ChangedItem item : changed) {
            for (FieldChange field : item.fields()) {
                if (isEmpty(field.newValue()) && !isEmpty(field.oldValue())) {
                    emptied.merge(field.field(), 1, Integer::sum);
                }
            }
        }
        return emptied;
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> values && values.isEmpty();
    }

    public boolean identical() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Compares the items of two versions; added and changed follow the order of {@code to}, removed that of {@code from}. */
    static ListDiff between(ListVersion from, List<ListItem> fromItems, ListVersion to, List<ListItem> toItems) {
        Map<String, ListItem> before = byCode(fromItems);
        Map<String, ListItem> after = byCode(toItems);
        List<ListItem> added = new ArrayList<>();
        List<ChangedItem> changed = new ArrayList<>();
        int unchanged = 0;
        for (ListItem item : toItems) {
            ListItem old = before.get(item.code());
            if (old == null) {
                added.add(item);
                continue;
            }
            List<FieldChange> fields = fieldChanges(old, item);
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new ChangedItem(old, item, fields));
            }
        }
        List<ListItem> removed = fromItems.stream().filter(item -> !after.containsKey(item.code())).toList();
        return new ListDiff(from, to, added, removed, changed, unchanged);
    }

    static List<FieldChange> fieldChanges(ListItem before, ListItem after) {
        Map<String, Object> old = before.fields();
        List<FieldChange> changes = new ArrayList<>();
        after.fields().forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                changes.add(new FieldChange(field, old.get(field), value));
            }
        });
        return changes;
    }

    private static Map<String, ListItem> byCode(List<ListItem> items) {
        return items.stream().collect(Collectors.toMap(ListItem::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
