package org.safetyportal.portal.ui.lists;

import org.safetyportal.content.organization.Department;
import org.safetyportal.portal.ui.readers.PublicCredit;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.lists.TaskProgress;

/** The published progress updates of an annual key-task list, newest first, each with its ledger subject. */
class TaskProgressList extends Div {

    TaskProgressList(List<TaskProgress> updates, Map<String, String> titles, Department department) {
        setId("progress-updates");
        addClassName("progress-updates");
        add(new H2(getTranslation("lists.progress.heading")));
        if (updates.isEmpty()) {
            add(new Paragraph(getTranslation("lists.progress.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (TaskProgress update : updates) {
            Span status = new Span(getTranslation("lists.taskStatus." + update.status().name()));
            status.getElement().getThemeList().add("badge");
            ListItem entry = new ListItem(
                    new Paragraph(new Span(getTranslation("lists.progress.metaPublic", String.valueOf(update.reportedOn()),
                            update.itemCode() + " " + titles.getOrDefault(update.itemCode(), ""),
                            PublicCredit.of(this, department, PublicCredit.PUBLISHER)) + " "),
                            PublicCredit.ledgerLink(this, update.ledgerSubject())),
                    status, new Paragraph(update.progress()));
            entry.addClassName("progress-update");
            list.add(entry);
        }
        add(list);
    }
}
