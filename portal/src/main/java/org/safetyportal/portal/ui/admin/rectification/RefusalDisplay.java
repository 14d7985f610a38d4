package org.safetyportal.portal.ui.admin.rectification;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Map;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;

/**
 * Where a form shows a register's refusal: translated under the form, and on the field it is about (found
 * by the start of the message key), so nothing typed is lost and the reader sees what to fix.
 */
final class RefusalDisplay {

    private final Span error = new Span();
    private final Map<String, HasValidation> fieldsByKey;

    RefusalDisplay(String id, Map<String, HasValidation> fieldsByKey) {
        this.fieldsByKey = fieldsByKey;
        error.setId(id);
        error.addClassName("form-error");
        error.setVisible(false);
    }

    Span component() {
        return error;
    }

    void clear() {
        fieldsByKey.values().forEach(field -> field.setInvalid(false));
        error.setVisible(false);
    }

    void show(LocalizedException refused, Locale locale) {
        String message = Messages.describe(locale, refused);
        error.setText(message);
        error.setVisible(true);
        fieldsByKey.entrySet().stream().filter(e -> refused.messageKey().startsWith(e.getKey() + "."))
                .findFirst().ifPresent(e -> {
                    e.getValue().setErrorMessage(message);
                    e.getValue().setInvalid(true);
                });
    }
}
