package org.safetyportal.portal.ui.admin.oversight;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.safetyportal.content.oversight.NewRectificationReport;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;

/** Enters the rectification report on one result; a refusal is shown, translated, inside the dialog. */
class RectificationReportDialog extends Dialog {

    private final DatePicker reportDate = new DatePicker();
    private final TextArea summary = new TextArea();
    private final DatePicker publicationDate = new DatePicker();
    private final Span error = new Span();

    RectificationReportDialog(String resultCode, Consumer<NewRectificationReport> onSave) {
        setHeaderTitle(getTranslation("admin.oversight.fileReport") + " · " + resultCode);
        setCloseOnOutsideClick(false);
        reportDate.setId("report-date");
        reportDate.setLabel(getTranslation("oversight.report.reportDate"));
        summary.setId("report-summary");
        summary.setLabel(getTranslation("oversight.report.summary"));
        summary.setWidthFull();
        publicationDate.setId("report-publication");
        publicationDate.setLabel(getTranslation("oversight.report.publicationDate"));
        error.setId("report-error");
        error.addClassName("form-error");
        error.setVisible(false);
        FormLayout form = new FormLayout(reportDate, publicationDate, summary);
        form.setColspan(summary, 2);
        add(form, error);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("report-cancel");
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                onSave.accept(new NewRectificationReport(resultCode, reportDate.getValue(), summary.getValue(),
                        publicationDate.getValue()));
                close();
            } catch (LocalizedException refused) {
                error.setText(Messages.describe(getLocale(), refused));
                error.setVisible(true);
            }
        });
        save.setId("report-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
