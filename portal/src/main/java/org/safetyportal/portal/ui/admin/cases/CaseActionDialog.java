package org.safetyportal.portal.ui.admin.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.organization.Department;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.ui.reports.PhotoPicker;
import org.safetyportal.reporting.cases.CaseCommand;
import org.safetyportal.reporting.cases.CaseTransition;

/**
 * Asks for what one action needs, as its row of the transition table says: a reason (public), an
 * internal note, a deadline, an outcome, a department; a request for verification also takes the
 * handler's "after" photos. The service checks; a refusal stays in the dialog.
 */
class CaseActionDialog extends Dialog {

    private final TextArea publicNote = new TextArea();
    private final TextArea internalNote = new TextArea();
    private final DatePicker deadline = new DatePicker();
    private final Select<String> outcome = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Paragraph error = new Paragraph();

    CaseActionDialog(CaseTransition transition, List<String> outcomes, List<Department> departments,
            Consumer<CaseCommand> action) {
        this(transition, outcomes, departments, null, action);
    }

    /** With a picker of the handler's "after" photos, which the action reads when confirmed (a request for verification). */
    CaseActionDialog(CaseTransition transition, List<String> outcomes, List<Department> departments, PhotoPicker afterPhotos,
            Consumer<CaseCommand> action) {
        setHeaderTitle(getTranslation("case.action." + transition.action()));
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        publicNote.setLabel(getTranslation(transition.needsReason() ? "cases.field.reason" : "cases.field.publicNote"));
        publicNote.setId("case-public-note");
        publicNote.setWidthFull();
        internalNote.setLabel(getTranslation("cases.field.internalNote"));
        internalNote.setId("case-internal-note");
        internalNote.setWidthFull();
        fields.add(publicNote, internalNote);
        if (transition.needsDeadline()) {
            deadline.setLabel(getTranslation("cases.field.deadline"));
            deadline.setId("case-deadline");
            fields.add(deadline);
        }
        if (transition.needsOutcome()) {
            outcome.setLabel(getTranslation("cases.field.outcome"));
            outcome.setId("case-outcome");
            outcome.setItems(outcomes);
            outcome.setItemLabelGenerator(code -> getTranslation("case.outcome." + code));
            fields.add(outcome);
        }
        if (transition.namesDepartment()) {
            department.setLabel(getTranslation("cases.field.department"));
            department.setId("case-department");
            department.setItems(departments);
            department.setItemLabelGenerator(d -> d.name().in(getLocale()));
            department.setWidthFull();
            fields.add(department);
        }
        if (afterPhotos != null) {
            afterPhotos.setWidthFull();
            fields.add(afterPhotos);
        }
        error.setId("case-action-error");
        error.addClassName("report-error");
        error.setVisible(false);
        fields.add(error);
        add(fields);
        confirmOrCancel(this, error, () -> action.accept(new CaseCommand(transition.action(), outcome.getValue(),
                deadline.getValue(), publicNote.getValue(), internalNote.getValue(),
                department.getValue() == null ? null : department.getValue().code())));
    }

    /** The footer of a case dialog: confirm does the work and closes, or shows the refusal in words and stays open. */
    static void confirmOrCancel(Dialog dialog, Paragraph error, Runnable work) {
        Button confirm = new Button(dialog.getTranslation("cases.confirm"), click -> {
            try {
                work.run();
                dialog.close();
            } catch (ValidationException refused) {
                error.setText(Messages.describe(UI.getCurrent().getLocale(), refused));
                error.setVisible(true);
            }
        });
        confirm.setId("case-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(dialog.getTranslation("cases.cancel"), click -> dialog.close());
        cancel.setId("case-cancel");
        dialog.getFooter().add(cancel, confirm);
    }
}
