package org.safetyportal.content.lists;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item of a list. The three list types share the item's code, title, legal basis and
 * responsible body; the rest belongs to one type: power type, stages and supervision phone to
 * 权力清单; covered sectors to 责任清单; measures, deadline, cooperating units, status and progress
 * to 年度重点任务清单. Accountability situations (追责情形) belong to the first two.
 */
public record ListItem(String code, String title, PowerType powerType, String legalBasis, String responsibleBody,
        String stages, String accountability, String supervisionPhone, List<String> sectors, String measures,
        LocalDate deadline, String cooperatingUnits, TaskStatus taskStatus, String progress) {

    public ListItem {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }

    /**
     * The item as named fields in a fixed order: what is published, hashed, exported and compared.
     * Fields that do not apply are null.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("title", title);
        fields.put("powerType", powerType == null ? null : powerType.name());
        fields.put("legalBasis", legalBasis);
        fields.put("responsibleBody", responsibleBody);
        fields.put("stages", stages);
        fields.put("accountability", accountability);
        fields.put("supervisionPhone", supervisionPhone);
        fields.put("sectors", sectors);
        fields.put("measures", measures);
        fields.put("deadline", deadline == null ? null : deadline.toString());
        fields.put("cooperatingUnits", cooperatingUnits);
        fields.put("taskStatus", taskStatus == null ? null : taskStatus.name());
        fields.put("progress", progress);
        return fields;
    }
}
