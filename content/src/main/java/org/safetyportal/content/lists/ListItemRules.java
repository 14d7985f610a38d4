package org.safetyportal.content.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import org.safetyportal.content.ValidationException;
import org.safetyportal.i18n.Translatable;

/** What every item of each list type must state before a version can be saved. */
final class ListItemRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_TITLE = 500;
    static final int MAX_ITEMS = 2000;

    /** One broken rule: the item (0-based), the field it concerns, and why, with the row number as first argument. */
    record Problem(int index, String field, ValidationException reason) {
    }

    private ListItemRules() {
    }

    /** Refuses the first problem; the rows are numbered from 1 as the editor shows them. */
    static void check(ListType type, boolean areaGovernment, List<ListItem> items, Set<String> knownSectors) {
        if (items.size() > MAX_ITEMS) {
            throw new ValidationException("lists.items.tooMany", MAX_ITEMS);
        }
        List<Problem> problems = problems(type, areaGovernment, items, knownSectors, index -> index + 1);
        if (!problems.isEmpty()) {
            throw problems.get(0).reason();
        }
    }

    /** Every problem of every item, in order; {@code rowNumber} names the row an item came from. */
    static List<Problem> problems(ListType type, boolean areaGovernment, List<ListItem> items, Set<String> knownSectors,
            IntUnaryOperator rowNumber) {
        List<Problem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int index = 0; index < items.size(); index++) {
            ListItem item = items.get(index);
            Checker check = new Checker(index, rowNumber.applyAsInt(index), problems);
            if (item.code() == null || !CODE.matcher(item.code()).matches()) {
                check.add("code", "lists.item.code.invalid");
            } else if (!codes.add(item.code())) {
                check.add("code", "lists.item.code.duplicate", item.code());
            }
            check.require("title", item.title());
            if (item.title() != null && item.title().length() > MAX_TITLE) {
                check.add("title", "lists.item.title.tooLong", MAX_TITLE);
            }
            check.require("responsibleBody", item.responsibleBody());
            switch (type) {
                case POWER -> {
                    check.require("powerType", item.powerType());
                    check.require("legalBasis", item.legalBasis());
                }
                case RESPONSIBILITY -> {
                    if (item.sectors().isEmpty() && ListSheetColumns.required(type, areaGovernment, "sectors")) {
                        check.missing("sectors");
                    }
                    for (String sector : item.sectors()) {
                        if (!knownSectors.contains(sector)) {
                            check.add("sectors", "lists.item.sector.unknown", sector);
                        }
                    }
                }
                case ANNUAL_TASKS -> {
                    check.require("measures", item.measures());
                    check.require("deadline", item.deadline());
                    check.require("taskStatus", item.taskStatus());
                }
            }
        }
        return problems;
    }

    private record Checker(int index, int row, List<Problem> problems) {

        void require(String field, Object value) {
            if (value == null || value instanceof String text && text.isBlank()) {
                missing(field);
            }
        }

        void missing(String field) {
            add(field, "lists.item.missing", new Translatable("lists.field." + field));
        }

        void add(String field, String key, Object... args) {
            Object[] withRow = new Object[args.length + 1];
            withRow[0] = row;
            System.arraycopy(args, 0, withRow, 1, args.length);
            problems.add(new Problem(index, field, new ValidationException(key, withRow)));
        }
    }
}
