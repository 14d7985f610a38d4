package org.safetyportal.portal.ui.admin.rectification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;
import org.safetyportal.content.rectification.RectificationProblem;
import org.safetyportal.i18n.LocalizedException;

/** Records that one problem's rectification is complete: the day and how. A refusal shows here, translated. */
class CompletionDialog extends Dialog {

    private final DatePicker date = new DatePicker();
    private final TextArea note = new TextArea();

    CompletionDialog(RectificationProblem problem, LocalDate today, BiConsumer<LocalDate, String> onSave) {
        setHeaderTitle(getTranslation("rectification.complete.title", problem.problemCode()));
        setCloseOnOutsideClick(false);
        setWidth("min(36rem, 100vw)");
        date.setId("completion-date");
        date.setLabel(getTranslation("rectification.complete.date"));
        date.setValue(today);
        note.setId("completion-note");
        note.setLabel(getTranslation("rectification.complete.note"));
        note.setWidthFull();
        RefusalDisplay refusal = new RefusalDisplay("completion-error",
                Map.of("rectification.date", date, "rectification.completion", note));
        add(date, note, refusal.component());
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button save = new Button(getTranslation("action.save"), click -> {
            refusal.clear();
            try {
                onSave.accept(date.getValue(), note.getValue());
                close();
            } catch (LocalizedException refused) {
                refusal.show(refused, getLocale());
            }
        });
        save.setId("completion-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
