package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.safetyportal.content.organization.Sector;

/** A field value in a comparison as a reader sees it: sector names and translated codes, a mark for none. */
class DiffValueText {

    private final Component context;
    private final Map<String, String> sectorNames;

    DiffValueText(Component context, List<Sector> sectors, Locale locale) {
        this.context = context;
        this.sectorNames = sectors.stream().collect(Collectors.toMap(Sector::code, s -> s.name().in(locale)));
    }

    boolean isEmpty(Object value) {
        return value == null || value instanceof List<?> list && list.isEmpty();
    }

    String of(String field, Object value) {
        if (isEmpty(value)) {
            return context.getTranslation("lists.diff.noValue");
        }
        return switch (field) {
            case "sectors" -> ((List<?>) value).stream().map(code -> sectorNames.getOrDefault(code, code.toString()))
                    .collect(Collectors.joining(context.getTranslation("lists.separator")));
            case "powerType" -> context.getTranslation("lists.powerType." + value);
            case "taskStatus" -> context.getTranslation("lists.taskStatus." + value);
            default -> value.toString();
        };
    }
}
