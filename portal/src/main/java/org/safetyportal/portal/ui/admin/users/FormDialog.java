package org.safetyportal.portal.ui.admin.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;

/**
 * A dialog whose save hands its value to the view. When the service refuses it, the reason is shown
 * inside the dialog, translated, and everything typed stays where it was.
 */
abstract class FormDialog extends Dialog {

    private final Span error = new Span();

    FormDialog(String titleKey) {
        setHeaderTitle(getTranslation(titleKey));
        setCloseOnOutsideClick(false);
        error.addClassName("form-error");
        error.setId("dialog-error");
        error.setVisible(false);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("dialog-cancel");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    protected Span errorLabel() {
        return error;
    }

    /** Passes the dialog's value on; throws what the service threw if it was refused. */
    protected abstract void submit();

    private void save() {
        try {
            submit();
            close();
        } catch (LocalizedException refused) {
            error.setText(Messages.describe(getLocale(), refused));
            error.setVisible(true);
        }
    }
}
