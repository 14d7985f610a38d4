package org.safetyportal.content.lists;

import java.util.List;

/**
 * The columns of a list type's workbook, by field name, in the order the template shows them: every
 * field an item of the type holds, so that a workbook filled in from the template and uploaded again
 * loses nothing (the data dictionary names the same fields for each type).
 */
final class ListSheetColumns {

    static final String ITEMS_SHEET = "items";

    private ListSheetColumns() {
    }

    static List<String> of(ListType type) {
        return switch (type) {
            case POWER -> List.of("code", "title", "powerType", "legalBasis", "responsibleBody", "stages",
                    "accountability", "supervisionPhone", "sectors");
            case RESPONSIBILITY -> List.of("code", "title", "sectors", "legalBasis", "responsibleBody", "accountability");
            case ANNUAL_TASKS -> List.of("code", "title", "measures", "deadline", "responsibleBody", "cooperatingUnits",
                    "taskStatus", "progress", "legalBasis", "sectors");
        };
    }

    /**
     * Whether a field must be filled in for every item of this type (see {@link ListItemRules}). A
     * department's 责任清单 item must name the sectors it covers, since hazard reports are routed by
     * them; an area government's item may concern the whole area, as its principal leaders' duties do.
     */
    static boolean required(ListType type, boolean areaGovernment, String field) {
        return switch (field) {
            case "code", "title", "responsibleBody" -> true;
            case "powerType" -> type == ListType.POWER;
            case "legalBasis" -> type == ListType.POWER;
            case "sectors" -> type == ListType.RESPONSIBILITY && !areaGovernment;
            case "measures", "deadline", "taskStatus" -> type == ListType.ANNUAL_TASKS;
            default -> false;
        };
    }
}
