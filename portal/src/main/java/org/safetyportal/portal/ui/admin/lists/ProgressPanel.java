package org.safetyportal.portal.ui.admin.lists;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.TaskStatus;
import org.safetyportal.content.lists.TaskProgressUpdates;

/** A publisher reports progress on a task of the department's annual key-task list in force; it is public at once. */
class ProgressPanel extends Div {

    ProgressPanel(TaskProgressUpdates progress, ListCatalogue catalogue, Actor actor, CityClock city) {
        setId("task-progress");
        List<ListVersion> lists = catalogue.current().stream()
                .filter(v -> v.type() == ListType.ANNUAL_TASKS)
                .filter(v -> actor.isPermitted(Permissions.DRAFT_LISTS, v.department().id(), null)).toList();
        if (lists.isEmpty()) {
            return;
        }
        ComboBox<ListVersion> list = new ComboBox<>(getTranslation("admin.lists.progress.list"));
        list.setId("progress-list");
        list.setItems(lists);
        list.setItemLabelGenerator(v -> VersionLabel.of(this, v));
        list.setWidth("28rem");
        ComboBox<ListItem> task = new ComboBox<>(getTranslation("admin.lists.progress.item"));
        task.setId("progress-item");
        task.setItemLabelGenerator(item -> item.code() + " " + item.title());
        task.setWidth("28rem");
        list.addValueChangeListener(change -> {
            task.clear();
            task.setItems(change.getValue() == null ? List.of() : catalogue.items(change.getValue()));
        });
        if (lists.size() == 1) {
            list.setValue(lists.get(0));
        }
        Select<TaskStatus> status = new Select<>();
        status.setId("progress-status");
        status.setLabel(getTranslation("lists.field.taskStatus"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("lists.taskStatus." + s.name()));
        DatePicker date = new DatePicker(getTranslation("admin.lists.progress.date"));
        date.setId("progress-date");
        date.setValue(city.today());
        TextArea text = new TextArea(getTranslation("lists.field.progress"));
        text.setId("progress-text");
        text.setWidthFull();
        Button publish = new Button(getTranslation("admin.lists.progress.publish"), click -> {
            if (list.isEmpty() || task.isEmpty()) {
                throw new ValidationException("admin.lists.progress.choose");
            }
            progress.post(actor, list.getValue().id(), task.getValue().code(), status.getValue(), text.getValue(), date.getValue());
            text.clear();
            Notification.show(getTranslation("admin.lists.progress.published"), 3000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        publish.setId("publish-progress");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("admin.lists.progress.heading")),
                new Paragraph(getTranslation("admin.lists.progress.explain")), fields(list, task), fields(status, date), text, publish);
    }

    private static Component fields(Component... fields) {
        FlexLayout row = new FlexLayout(fields);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("row-actions");
        return row;
    }
}
