package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Function;
import org.safetyportal.content.lists.ListDiff;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.organization.Sector;

/**
 * What changed between two versions of a list, every field of every item: for a reader comparing
 * published versions, and for a reviewer before publishing one.
 */
public class ListDiffPanel extends Div {

    private static final List<String> SHOWN_WITH_HEADING = List.of("code", "title");

    public ListDiffPanel(ListDiff diff, List<Sector> sectors) {
        addClassName("list-diff");
        add(summary(diff));
        DiffValueText text = new DiffValueText(this, sectors, getLocale());
        section("diff-changed", "lists.diff.changedHeading", diff.changed(), change -> changedItem(change, text));
        section("diff-added", "lists.diff.addedHeading", diff.added(), item -> wholeItem(item, text, "diff-new"));
        section("diff-removed", "lists.diff.removedHeading", diff.removed(), item -> wholeItem(item, text, "diff-old"));
    }

    private Component summary(ListDiff diff) {
        Paragraph summary = new Paragraph(diff.identical() ? getTranslation("lists.diff.identical", diff.unchanged())
                : getTranslation("lists.diff.summary", diff.changed().size(), diff.added().size(), diff.removed().size(),
                        diff.unchanged()));
        summary.setId("diff-summary");
        summary.getElement().setAttribute("role", "status");
        return summary;
    }

    private <T> void section(String id, String headingKey, List<T> entries, Function<T, Component> entry) {
        if (entries.isEmpty()) {
            return;
        }
        Div section = new Div(new H2(getTranslation(headingKey, entries.size())));
        section.setId(id);
        section.addClassName("diff-section");
        entries.forEach(e -> section.add(entry.apply(e)));
        add(section);
    }

    private Component changedItem(ListDiff.ChangedItem change, DiffValueText text) {
        FieldTable table = new FieldTable("lists.diff.field", "lists.diff.old", "lists.diff.new");
        change.fields().forEach(field -> table.addRow(field.field(),
                List.of(text.of(field.field(), field.oldValue()), text.of(field.field(), field.newValue())),
                "diff-old", "diff-new"));
        return item(change.after(), table);
    }

    private Component wholeItem(ListItem listItem, DiffValueText text, String className) {
        FieldTable table = new FieldTable("lists.diff.field", "lists.diff.value");
        listItem.fields().forEach((field, value) -> {
            if (!SHOWN_WITH_HEADING.contains(field) && !text.isEmpty(value)) {
                table.addRow(field, List.of(text.of(field, value)), className);
            }
        });
        return item(listItem, table);
    }

    private Component item(ListItem listItem, FieldTable table) {
        Div item = new Div(new H3(listItem.code() + " " + listItem.title()), table);
        item.addClassName("diff-item");
        item.getElement().setAttribute("data-code", listItem.code());
        return item;
    }
}
