package org.safetyportal.content.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.safetyportal.content.ValidationException;
import org.safetyportal.i18n.Translatable;

/** What every item of each list type must state before a version can be saved. */
final class ListItemRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_TITLE = 500;
    private static final int MAX_ITEMS = 2000;

    private ListItemRules() {
    }

    static void check(ListType type, List<ListItem> items, Set<String> knownSectors) {
        if (items.size() > MAX_ITEMS) {
            throw new ValidationException("lists.items.tooMany", MAX_ITEMS);
        }
        Set<String> codes = new HashSet<>();
        int row = 0;
        for (ListItem item : items) {
            row++;
            if (item.code() == null || !CODE.matcher(item.code()).matches()) {
                throw new ValidationException("lists.item.code.invalid", row);
            }
            if (!codes.add(item.code())) {
                throw new ValidationException("lists.item.code.duplicate", row, item.code());
            }
            require(item.title(), row, "title");
            if (item.title().length() > MAX_TITLE) {
                throw new ValidationException("lists.item.title.tooLong", row, MAX_TITLE);
            }
            require(item.responsibleBody(), row, "responsibleBody");
            switch (type) {
                case POWER -> {
                    if (item.powerType() == null) {
                        throw missing(row, "powerType");
                    }
                    require(item.legalBasis(), row, "legalBasis");
                }
                case RESPONSIBILITY -> {
                    if (item.sectors().isEmpty()) {
                        throw missing(row, "sectors");
                    }
                    for (String sector : item.sectors()) {
                        if (!knownSectors.contains(sector)) {
                            throw new ValidationException("lists.item.sector.unknown", row, sector);
                        }
                    }
                }
                case ANNUAL_TASKS -> {
                    require(item.measures(), row, "measures");
                    if (item.deadline() == null) {
                        throw missing(row, "deadline");
                    }
                    if (item.taskStatus() == null) {
                        throw missing(row, "taskStatus");
                    }
                }
            }
        }
    }

    private static void require(String value, int row, String field) {
        if (value == null || value.isBlank()) {
            throw missing(row, field);
        }
    }

    private static ValidationException missing(int row, String field) {
        return new ValidationException("lists.item.missing", row, new Translatable("lists.field." + field));
    }
}
