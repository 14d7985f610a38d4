package org.safetyportal.portal.ui.admin.oversight;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.oversight.AssessmentGrade;
import org.safetyportal.content.oversight.InspectedParty;
import org.safetyportal.content.oversight.NewOversightResult;
import org.safetyportal.content.oversight.OversightKind;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;

/**
 * The form a publisher fills in to publish a 巡查/考核/督查 result. It hands the value on and never calls
 * a service itself; when the value is refused, the translated reason is shown and everything typed stays.
 */
class OversightForm extends Div {

    final ComboBox<Department> conductor = new ComboBox<>();
    final Select<OversightKind> kind = new Select<>();
    final TextField code = new TextField();
    final TextField documentNo = new TextField();
    final ComboBox<InspectedParty> party = new ComboBox<>();
    final DatePicker periodStart = new DatePicker();
    final DatePicker periodEnd = new DatePicker();
    final IntegerField year = new IntegerField();
    final TextArea findings = new TextArea();
    final Select<AssessmentGrade> grade = new Select<>();
    final BigDecimalField score = new BigDecimalField();
    final TextArea requirements = new TextArea();
    final DatePicker deadline = new DatePicker();
    final DatePicker decisionDate = new DatePicker();
    final DatePicker publishedElsewhereOn = new DatePicker();
    private final Span error = new Span();
    private final Consumer<NewOversightResult> onPublish;

    OversightForm(List<Department> conductors, List<InspectedParty> parties, Consumer<NewOversightResult> onPublish) {
        this.onPublish = onPublish;
        addClassName("oversight-form");
        configure(conductors, parties);
        FormLayout layout = new FormLayout(conductor, kind, code, documentNo, party, year, periodStart, periodEnd,
                findings, grade, score, requirements, deadline, decisionDate, publishedElsewhereOn);
        layout.setColspan(findings, 2);
        layout.setColspan(requirements, 2);
        error.setId("form-error");
        error.addClassName("form-error");
        error.setVisible(false);
        Button publish = new Button(getTranslation("admin.oversight.publish"), click -> publish());
        publish.setId("form-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(layout, error, publish);
    }

    /** What the form holds now, as the service takes it; refuses only what it cannot even express. */
    NewOversightResult value() {
        if (conductor.isEmpty()) {
            throw new ValidationException("oversight.conductor.required");
        }
        InspectedParty chosen = party.getValue();
        boolean assessment = kind.getValue() == OversightKind.ASSESSMENT;
        return new NewOversightResult(code.getValue(), kind.getValue(), conductor.getValue().id(),
                chosen != null && chosen.isGovernment() ? chosen.area().code() : null,
                chosen != null && !chosen.isGovernment() ? chosen.department().id() : null,
                documentNo.getValue(), periodStart.getValue(), periodEnd.getValue(), year.getValue(),
                findings.getValue(), assessment ? grade.getValue() : null, assessment ? score.getValue() : null,
                requirements.getValue(), deadline.getValue(), decisionDate.getValue(), publishedElsewhereOn.getValue());
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(message != null);
    }

    private void publish() {
        try {
            onPublish.accept(value());
            showError(null);
        } catch (LocalizedException refused) {
            showError(Messages.describe(getLocale(), refused));
        }
    }

    private void configure(List<Department> conductors, List<InspectedParty> parties) {
        conductor.setId("form-conductor");
        conductor.setLabel(getTranslation("oversight.field.conductor"));
        conductor.setItems(conductors);
        conductor.setItemLabelGenerator(d -> d.name().in(getLocale()));
        if (conductors.size() == 1) {
            conductor.setValue(conductors.get(0));
        }
        kind.setId("form-kind");
        kind.setLabel(getTranslation("oversight.field.kind"));
        kind.setItems(OversightKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("oversight.kind." + k.name()));
        kind.addValueChangeListener(change -> showAssessmentFields(change.getValue() == OversightKind.ASSESSMENT));
        code.setId("form-code");
        code.setLabel(getTranslation("oversight.field.code"));
        code.setHelperText(getTranslation("admin.oversight.codeHelp"));
        documentNo.setId("form-document");
        documentNo.setLabel(getTranslation("oversight.field.documentNo"));
        party.setId("form-party");
        party.setLabel(getTranslation("admin.oversight.party"));
        party.setItems(parties);
        party.setItemLabelGenerator(p -> p.name().in(getLocale()));
        periodStart.setId("form-period-start");
        periodStart.setLabel(getTranslation("oversight.field.period"));
        periodEnd.setId("form-period-end");
        periodEnd.setLabel(getTranslation("oversight.field.period"));
        year.setId("form-year");
        year.setLabel(getTranslation("oversight.field.year"));
        findings.setId("form-findings");
        findings.setLabel(getTranslation("oversight.field.findings"));
        grade.setId("form-grade");
        grade.setLabel(getTranslation("oversight.field.grade"));
        grade.setItems(AssessmentGrade.values());
        grade.setItemLabelGenerator(g -> g == null ? "" : getTranslation("oversight.grade." + g.name()));
        score.setId("form-score");
        score.setLabel(getTranslation("oversight.field.score"));
        requirements.setId("form-requirements");
        requirements.setLabel(getTranslation("oversight.field.requirements"));
        deadline.setId("form-deadline");
        deadline.setLabel(getTranslation("oversight.field.deadline"));
        decisionDate.setId("form-decision");
        decisionDate.setLabel(getTranslation("oversight.field.decisionDate"));
        publishedElsewhereOn.setId("form-publication");
        publishedElsewhereOn.setLabel(getTranslation("oversight.field.publishedElsewhereOn"));
        publishedElsewhereOn.setHelperText(getTranslation("oversight.form.publishedElsewhereHelp"));
        showAssessmentFields(false);
    }

    private void showAssessmentFields(boolean visible) {
        grade.setVisible(visible);
        score.setVisible(visible);
    }
}
