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
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListRepeal;
import org.safetyportal.content.lists.ListRepeals;
import org.safetyportal.content.lists.ListVersion;

/** Publishers ask to repeal a list in force; reviewers of the department publish or decline the repeal. */
class RepealPanel extends Div {

    private final ListRepeals repeals;
    private final ListCatalogue catalogue;
    private final Actor actor;

    RepealPanel(ListRepeals repeals, ListCatalogue catalogue, Actor actor) {
        this.repeals = repeals;
        this.catalogue = catalogue;
        this.actor = actor;
        setId("repeals");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<ListVersion> inForce = catalogue.current().stream()
                .filter(v -> actor.isPermitted(Permissions.DRAFT_LISTS, v.department().id(), null)).toList();
        if (!inForce.isEmpty()) {
            add(new H2(getTranslation("admin.lists.repeal.heading")), createRequestForm(inForce));
        }
        List<ListRepeal> open = repeals.openRequests(actor);
        if (!open.isEmpty()) {
            add(new H2(getTranslation("admin.lists.repeal.open")));
            open.forEach(repeal -> add(createRequest(repeal)));
        }
    }

    private Component createRequestForm(List<ListVersion> inForce) {
        ComboBox<ListVersion> list = new ComboBox<>(getTranslation("admin.lists.repeal.list"));
        list.setId("repeal-list");
        list.setItems(inForce);
        list.setItemLabelGenerator(v -> VersionLabel.of(this, v));
        list.setWidth("28rem");
        if (inForce.size() == 1) {
            list.setValue(inForce.get(0));
        }
        DatePicker date = new DatePicker(getTranslation("admin.lists.repeal.date"));
        date.setId("repeal-date");
        TextArea reason = new TextArea(getTranslation("admin.lists.repeal.reason"));
        reason.setId("repeal-reason");
        reason.setWidthFull();
        Button request = new Button(getTranslation("admin.lists.repeal.request"), click -> {
            if (list.isEmpty()) {
                throw new ValidationException("admin.lists.repeal.choose");
            }
            repeals.request(actor, list.getValue().id(), date.getValue(), reason.getValue());
            done("admin.lists.repeal.requested");
        });
        request.setId("request-repeal");
        FlexLayout fields = new FlexLayout(list, date);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.addClassName("row-actions");
        return new Div(fields, reason, request);
    }

    private Component createRequest(ListRepeal repeal) {
        Div request = new Div(new Paragraph(VersionLabel.of(this, repeal.version()) + " · "
                + getTranslation("admin.lists.repeal.date") + " " + repeal.repealedOn() + " · "
                + getTranslation("admin.lists.repeal.requestedBy") + " " + repeal.requestedBy()),
                new Paragraph(repeal.reason()));
        request.setId("repeal-request-" + repeal.id());
        request.addClassName("repeal-request");
        if (actor.isPermitted(Permissions.REVIEW_LISTS, repeal.version().department().id(), null)) {
            TextArea comment = new TextArea(getTranslation("admin.lists.repeal.declineComment"));
            comment.setId("decline-comment-" + repeal.id());
            Button approve = new Button(getTranslation("admin.lists.repeal.approve"), click -> {
                repeals.approve(actor, repeal.id());
                done("admin.lists.repeal.approved");
            });
            approve.setId("approve-repeal-" + repeal.id());
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            Button decline = new Button(getTranslation("admin.lists.repeal.decline"), click -> {
                repeals.decline(actor, repeal.id(), comment.getValue());
                done("admin.lists.repeal.declined");
            });
            decline.setId("decline-repeal-" + repeal.id());
            request.add(comment, new Div(approve, decline));
        }
        return request;
    }

    private void done(String key) {
        refresh();
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
