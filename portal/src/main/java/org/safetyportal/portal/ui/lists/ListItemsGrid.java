package org.safetyportal.portal.ui.lists;

import org.safetyportal.content.lists.ItemPermalinks;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.VersionStatus;
import org.safetyportal.content.lists.TaskProgress;
import org.safetyportal.content.lists.TaskStanding;
import org.safetyportal.content.lists.TaskStatus;
import org.safetyportal.content.organization.Sector;

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
        addClassName("list-items");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addComponentColumn(item -> {
            Anchor link = new Anchor(version.status() == VersionStatus.PUBLISHED ? ItemPermalinks.inForce(version, item.code())
                    : ItemPermalinks.inVersion(version, item.code()), item.code());
            link.addClassName("item-link");
            return link;
        }).setHeader(getTranslation("lists.field.code")).setFlexGrow(0).setAutoWidth(true);
        column("title", ListItem::title).setFlexGrow(3);
        switch (type) {
            case POWER -> {
                column("powerType", item -> getTranslation("lists.powerType." + item.powerType().name())).setAutoWidth(true);
                column("legalBasis", ListItem::legalBasis).setFlexGrow(2);
                column("responsibleBody", ListItem::responsibleBody).setFlexGrow(2);
                column("stages", ListItem::stages).setFlexGrow(2);
                column("accountability", ListItem::accountability).setFlexGrow(2);
            }
            case RESPONSIBILITY -> {
                column("sectors", item -> item.sectors().stream().map(code -> sectorNames.getOrDefault(code, code))
                        .collect(Collectors.joining(getTranslation("lists.separator")))).setFlexGrow(1);
                column("legalBasis", ListItem::legalBasis).setFlexGrow(2);
                column("responsibleBody", ListItem::responsibleBody).setFlexGrow(2);
                column("accountability", ListItem::accountability).setFlexGrow(2);
            }
            case ANNUAL_TASKS -> {
                column("measures", ListItem::measures).setFlexGrow(3);
                column("deadline", item -> String.valueOf(item.deadline())).setAutoWidth(true);
                column("responsibleBody", ListItem::responsibleBody).setFlexGrow(1);
                column("cooperatingUnits", ListItem::cooperatingUnits).setFlexGrow(2);
                column("taskStatus", item -> standing(item, latest, today)).setAutoWidth(true);
                column("progress", item -> latest.containsKey(item.code()) ? latest.get(item.code()).progress() : item.progress())
                        .setFlexGrow(2);
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

    private Column<ListItem> column(String field, Function<ListItem, String> value) {
        return addColumn(item -> {
            String text = value.apply(item);
            return text == null ? "" : text;
        }).setHeader(getTranslation("lists.field." + field)).setResizable(true);
    }
}
