package org.safetyportal.portal.ui.admin.blacklist;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.safetyportal.content.blacklist.BlacklistEntry;

/** Asks for the reason and the date of an early removal; hands both to whoever opened it. */
class RemovalRequestDialog extends Dialog {

    RemovalRequestDialog(BlacklistEntry entry, LocalDate today, BiConsumer<String, LocalDate> send) {
        setHeaderTitle(getTranslation("admin.blacklist.requestHeading", entry.enterpriseName()));
        TextArea reason = new TextArea(getTranslation("blacklist.field.removalReason"));
        reason.setId("removal-reason");
        reason.setWidthFull();
        DatePicker date = new DatePicker(getTranslation("blacklist.field.removalDate"));
        date.setId("removal-date");
        date.setValue(today);
        add(new VerticalLayout(reason, date));
        Button sendButton = new Button(getTranslation("admin.blacklist.send"), click -> {
            send.accept(reason.getValue(), date.getValue());
            close();
        });
        sendButton.setId("removal-send");
        sendButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.blacklist.cancel"), click -> close());
        cancel.setId("removal-cancel");
        getFooter().add(cancel, sendButton);
    }
}
