package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.safetyportal.content.exports.DataDictionary;
import org.safetyportal.content.organization.Sector;

/** An exported field's value as a reader sees it: codes translated, sectors by name. */
final class FieldText {

    private final Component context;
    private final Map<String, String> sectorNames;

    FieldText(Component context, Collection<Sector> sectors, Locale locale) {
        this.context = context;
        this.sectorNames = sectors.stream().collect(Collectors.toMap(Sector::code, s -> s.name().in(locale)));
    }

    String of(DataDictionary.Field field, Object value) {
        if (value == null) {
            return "";
        }
        return switch (field.format()) {
            case POWER_TYPE -> context.getTranslation("lists.powerType." + value);
            case TASK_STATUS -> context.getTranslation("lists.taskStatus." + value);
            case SECTOR_CODES -> ((Collection<?>) value).stream()
                    .map(code -> sectorNames.getOrDefault(String.valueOf(code), String.valueOf(code)))
                    .collect(Collectors.joining(context.getTranslation("lists.separator")));
            default -> String.valueOf(value);
        };
    }
}
