package org.safetyportal.portal.ui.admin.majorhazards;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.safetyportal.content.majorhazards.HazardStatus;
import org.safetyportal.content.majorhazards.MajorHazard;
import org.safetyportal.content.majorhazards.SignerRole;
import org.safetyportal.content.majorhazards.StatusChange;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;

/**
 * Records the next step of one hazard: rectification begun or progressing, rectified, or, for the
 * accepting reviewer, closed (验收销号, with the signing official and unit) or sent back. A refusal
 * shows here, translated, and nothing typed is lost.
 */
class HazardStepDialog extends Dialog {

    private final Select<HazardStatus> status = new Select<>();
    private final DatePicker date = new DatePicker();
    private final TextArea note = new TextArea();
    private final TextField signedOffBy = new TextField();
    private final TextField signedOffUnit = new TextField();
    private final Select<SignerRole> signerRole = new Select<>();
    private final Span error = new Span();

    HazardStepDialog(MajorHazard hazard, List<HazardStatus> steps, LocalDate today, Consumer<StatusChange> onSave) {
        setHeaderTitle(getTranslation("hazards.step.title", hazard.registerCode()));
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 100vw)");
        status.setId("step-status");
        status.setLabel(getTranslation("hazards.step.status"));
        status.setItems(steps);
        status.setItemLabelGenerator(s -> getTranslation(s == hazard.status() ? "hazards.step.progress" : "hazards.step.to." + s.name()));
        date.setId("step-date");
        date.setLabel(getTranslation("hazards.step.date"));
        date.setValue(today);
        note.setId("step-note");
        note.setLabel(getTranslation("hazards.step.note"));
        signedOffBy.setId("step-signedOffBy");
        signedOffBy.setLabel(getTranslation("hazards.step.signedOffBy"));
        signedOffUnit.setId("step-signedOffUnit");
        signedOffUnit.setLabel(getTranslation("hazards.step.signedOffUnit"));
        signerRole.setId("step-signerRole");
        signerRole.setLabel(getTranslation("hazards.step.signerRole"));
        signerRole.setItems(SignerRole.values());
        signerRole.setItemLabelGenerator(role -> getTranslation("hazards.signerRole." + role.name()));
        showSignOff(false);
        status.addValueChangeListener(change -> showSignOff(change.getValue() == HazardStatus.CLOSED));
        if (steps.size() == 1) {
            status.setValue(steps.get(0));
        }
        error.setId("step-error");
        error.addClassName("form-error");
        error.setVisible(false);
        FormLayout form = new FormLayout(status, date, note, signedOffBy, signedOffUnit, signerRole);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        form.setColspan(note, 2);
        add(form, error);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button save = new Button(getTranslation("action.save"), click -> save(onSave));
        save.setId("step-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private void showSignOff(boolean closing) {
        signedOffBy.setVisible(closing);
        signedOffUnit.setVisible(closing);
        signerRole.setVisible(closing);
        signerRole.setRequiredIndicatorVisible(closing);
        signedOffBy.setRequiredIndicatorVisible(closing);
        signedOffUnit.setRequiredIndicatorVisible(closing);
    }

    private void save(Consumer<StatusChange> onSave) {
        boolean closing = status.getValue() == HazardStatus.CLOSED;
        try {
            onSave.accept(new StatusChange(status.getValue(), date.getValue(), note.getValue(),
                    closing ? signedOffBy.getValue() : null, closing ? signedOffUnit.getValue() : null,
                    closing ? signerRole.getValue() : null));
            close();
        } catch (LocalizedException refused) {
            error.setText(Messages.describe(getLocale(), refused));
            error.setVisible(true);
        }
    }
}
