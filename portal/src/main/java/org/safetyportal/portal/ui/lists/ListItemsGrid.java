package org.safetyportal.portal.ui.lists;

import org.safetyportal.content.lists.ItemPermalinks;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.VersionStatus;
import org.safetyportal.content.lists.TaskProgress;
import org.safetyportal.content.lists.TaskStanding;
import org.safetyportal.content.lists.TaskStatus;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.portal.ui.readers.RegisterColumns;

/** The items of one list version, with the columns that matter for its type. */
class ListItemsGrid extends Grid<ListItem> {

    /**
     * Each item's code links to its permalink: in the list in force for a version in force, else to the
     * item as this version holds it. For annual key tasks, a task's status and progress are those of its
     * latest published update, if any, and a task not completed by its deadline shows as overdue on
     * {@code today}, the city's calendar day ({@link TaskStanding}).
     */
    ListItemsGrid(ListVersion version, List<ListItem> items, List<Sector> sectors, Locale locale,
            Map<String, TaskProgress> latest, LocalDate today) {
        ListType type = version.type();
        Map<String, String> sectorNames = sectors.stream()
                .collect(Collectors.toMap(Sector::code, s -> s.name().in(locale)));
        setId("items-" + type.name());
        addClassName("list-items");
        RegisterColumns<ListItem> columns = new RegisterColumns<>(this);
        columns.component(getTranslation("lists.field.code"), item -> {
            Anchor link = new Anchor(version.status() == VersionStatus.PUBLISHED ? ItemPermalinks.inForce(version, item.code())
                    : ItemPermalinks.inVersion(version, item.code()), item.code());
            link.addClassName("item-link");
            return link;
        }, 5, RegisterColumns.ALWAYS).setFlexGrow(0);
        column(columns, "title", ListItem::title, 10, RegisterColumns.ALWAYS).setFlexGrow(3);
        // Widest first to go on a narrow screen: the columns at the end of each type's list below.
        switch (type) {
            case POWER -> {
                column(columns, "powerType", item -> getTranslation("lists.powerType." + item.powerType().name()), 6, 1);
                column(columns, "responsibleBody", ListItem::responsibleBody, 8, 2).setFlexGrow(2);
                column(columns, "legalBasis", ListItem::legalBasis, 10, 3).setFlexGrow(2);
                column(columns, "stages", ListItem::stages, 10, 4).setFlexGrow(2);
                column(columns, "accountability", ListItem::accountability, 10, 5).setFlexGrow(2);
            }
            case RESPONSIBILITY -> {
                column(columns, "sectors", item -> item.sectors().stream().map(code -> sectorNames.getOrDefault(code, code))
                        .collect(Collectors.joining(getTranslation("lists.separator"))), 7, 1);
                column(columns, "responsibleBody", ListItem::responsibleBody, 8, 2).setFlexGrow(2);
                column(columns, "legalBasis", ListItem::legalBasis, 10, 3).setFlexGrow(2);
                column(columns, "accountability", ListItem::accountability, 10, 4).setFlexGrow(2);
            }
            case ANNUAL_TASKS -> {
                column(columns, "taskStatus", item -> standing(item, latest, today), 6, 1);
                column(columns, "deadline", item -> String.valueOf(item.deadline()), 6.5, 2);
                column(columns, "measures", ListItem::measures, 12, 3).setFlexGrow(3);
                column(columns, "progress", item -> latest.containsKey(item.code()) ? latest.get(item.code()).progress()
                        : item.progress(), 10, 4).setFlexGrow(2);
                column(columns, "responsibleBody", ListItem::responsibleBody, 7, 5);
                column(columns, "cooperatingUnits", ListItem::cooperatingUnits, 8, 6).setFlexGrow(2);
            }
        }
        setItems(items);
        setAllRowsVisible(true);
    }

    private String standing(ListItem item, Map<String, TaskProgress> latest, LocalDate today) {
        TaskStatus published = latest.containsKey(item.code()) ? latest.get(item.code()).status() : item.taskStatus();
        TaskStanding standing = TaskStanding.of(published, item.deadline(), today);
        return standing == null ? "" : getTranslation("lists.taskStatus." + standing.name());
    }

    private Column<ListItem> column(RegisterColumns<ListItem> columns, String field, SerializableFunction<ListItem, String> value,
            double widthRem, int rank) {
        return columns.text(getTranslation("lists.field." + field), value, widthRem, rank);
    }
}
