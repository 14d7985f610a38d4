package org.safetyportal.portal.ui.lists;

import org.safetyportal.portal.ui.readers.PublicCredit;
import org.safetyportal.content.lists.ItemPermalinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.lists.ItemHistory;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.PublishedItem;
import org.safetyportal.content.lists.TaskStanding;
import org.safetyportal.content.organization.Sector;

/** The parts of an item page: its heading, its fields, where it comes from, and its history. */
final class ItemDetails {

    private final Component context;
    private final DiffValueText text;
    private final ZoneId cityZone;

    ItemDetails(Component context, List<Sector> sectors, Locale locale, ZoneId cityZone) {
        this.cityZone = cityZone;
        this.context = context;
        this.text = new DiffValueText(context, sectors, locale);
    }

    H1 heading(PublishedItem item) {
        H1 heading = new H1(item.code() + " " + item.item().title());
        heading.setId("item-heading");
        return heading;
    }

    /** Department and list, linked to the version the item is read from. */
    Component source(PublishedItem item, Locale locale) {
        ListVersion version = item.version();
        RouterLink department = new RouterLink(version.department().name().in(locale), DepartmentListsView.class,
                new RouteParameters(DepartmentListsView.CODE, version.department().code()));
        department.setId("item-department");
        Div source = new Div(department, new Span(context.getTranslation(version.titleKey())),
                versionLink(version, "item-version"), new VersionSummary(version, cityZone));
        source.addClassName("item-source");
        return source;
    }

    /**
     * Every field with a value, in export order; an annual key task's status as it stands on {@code today}
     * (overdue once its deadline has passed uncompleted, {@link TaskStanding}).
     */
    FieldTable fields(PublishedItem item, LocalDate today) {
        FieldTable table = new FieldTable("lists.diff.field", "lists.diff.value");
        item.item().fields().forEach((field, value) -> {
            if ("taskStatus".equals(field) && item.item().taskStatus() != null) {
                value = TaskStanding.of(item.item().taskStatus(), item.item().deadline(), today).name();
            }
            if (!"title".equals(field) && !text.isEmpty(value)) {
                table.addRow(field, List.of(text.of(field, value)));
            }
        });
        table.setId("item-fields");
        return table;
    }

    /** Newest first: each version that added, changed, kept or removed the item, with the fields that changed. */
    Component history(ItemHistory history) {
        Div section = new Div(new H2(context.getTranslation("lists.item.history")));
        section.setId("item-history");
        section.addClassName("item-history");
        for (ItemHistory.Entry entry : history.entries()) {
            Span change = new Span(context.getTranslation("lists.item.change." + entry.change().name()));
            change.getElement().getThemeList().add("badge");
            change.addClassName("item-change");
            Div row = new Div(versionLink(entry.version(), null), change,
                    new Span(context.getTranslation("lists.effectiveFrom", String.valueOf(entry.version().effectiveDate()))));
            row.addClassName("item-history-entry");
            row.getElement().setAttribute("data-version", Integer.toString(entry.version().id()));
            row.getElement().setAttribute("data-change", entry.change().name());
            if (entry.item() != null) {
                Anchor pinned = new Anchor(ItemPermalinks.inVersion(entry.version(), history.code()),
                        context.getTranslation("lists.item.asInThisVersion"));
                pinned.addClassName("item-pinned-link");
                row.add(pinned);
            }
            section.add(row);
            if (!entry.fields().isEmpty()) {
                FieldTable changes = new FieldTable("lists.diff.field", "lists.diff.old", "lists.diff.new");
                entry.fields().forEach(field -> changes.addRow(field.field(),
                        List.of(text.of(field.field(), field.oldValue()), text.of(field.field(), field.newValue())),
                        "diff-old", "diff-new"));
                section.add(changes);
            }
        }
        return section;
    }

    Paragraph provenance(ListVersion version) {
        Paragraph provenance = new Paragraph(context.getTranslation("lists.item.provenanceHash", version.contentHash()) + " ");
        provenance.add(PublicCredit.ledgerLink(context, version.ledgerSubject()));
        provenance.setId("item-provenance");
        provenance.addClassName("provenance");
        return provenance;
    }

    private RouterLink versionLink(ListVersion version, String id) {
        RouterLink link = new RouterLink(VersionSummary.title(context, version), ListVersionView.class,
                new RouteParameters(ListVersionView.ID, Integer.toString(version.id())));
        if (id != null) {
            link.setId(id);
        }
        return link;
    }
}
