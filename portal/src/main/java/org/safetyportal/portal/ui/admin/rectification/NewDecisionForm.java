package org.safetyportal.portal.ui.admin.rectification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.rectification.AccountabilityMeasure;
import org.safetyportal.content.rectification.NewAccountability;
import org.safetyportal.i18n.LocalizedException;

/**
 * The form a publisher records an accountability decision with: the unit and the post held to account (the
 * helper text says a post, never a name), the measure, the deciding authority and day, and the problem
 * and/or major hazard it is about.
 */
class NewDecisionForm extends Div {

    private final ComboBox<Department> department = new ComboBox<>();
    private final TextField decisionCode = new TextField();
    private final TextField heldUnit = new TextField();
    private final TextField heldPost = new TextField();
    private final Select<AccountabilityMeasure> measure = new Select<>();
    private final TextArea reason = new TextArea();
    private final TextField decidedBy = new TextField();
    private final DatePicker decisionDate = new DatePicker();
    private final TextField problem = new TextField();
    private final TextField hazard = new TextField();
    private final RefusalDisplay refusal = new RefusalDisplay("decision-form-error", Map.ofEntries(
            Map.entry("accountability.department", department), Map.entry("accountability.decisionCode", decisionCode),
            Map.entry("accountability.heldUnit", heldUnit), Map.entry("accountability.heldPost", heldPost),
            Map.entry("accountability.measure", measure), Map.entry("accountability.reason", reason),
            Map.entry("accountability.decidedBy", decidedBy), Map.entry("accountability.date", decisionDate),
            Map.entry("accountability.problem", problem), Map.entry("accountability.hazard", hazard),
            Map.entry("accountability.link", problem)));

    NewDecisionForm(List<Department> departments, LocalDate today, Consumer<NewAccountability> onSubmit) {
        setId("decision-form");
        addClassName("hazard-form");
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name().in(getLocale()));
        if (departments.size() == 1) {
            department.setValue(departments.get(0));
        }
        measure.setItems(AccountabilityMeasure.values());
        measure.setItemLabelGenerator(m -> m == null ? "" : getTranslation("accountability.measure." + m.name()));
        decisionDate.setValue(today);
        setUp("decisionCode", decisionCode, true);
        setUp("heldUnit", heldUnit, true);
        setUp("heldPost", heldPost, true);
        setUp("measure", measure, true);
        setUp("reason", reason, true);
        setUp("decidedBy", decidedBy, true);
        setUp("decisionDate", decisionDate, true);
        setUp("problem", problem, false);
        setUp("hazard", hazard, false);
        department.setLabel(getTranslation("rectification.field.department"));
        department.setId("decision-department");
        department.setRequiredIndicatorVisible(true);
        heldPost.setHelperText(getTranslation("accountability.form.postHelp"));
        FormLayout form = new FormLayout(department, decisionCode, heldUnit, heldPost, measure, decidedBy, decisionDate,
                problem, hazard, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(reason, 2);
        Button submit = new Button(getTranslation("accountability.form.submit"), click -> submit(onSubmit));
        submit.setId("decision-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("accountability.form.title")), form, refusal.component(), submit);
    }

    private void setUp(String name, HasValue<?, ?> field, boolean required) {
        field.setRequiredIndicatorVisible(required);
        ((HasLabel) field).setLabel(getTranslation("accountability.field." + name));
        ((Component) field).setId("decision-" + name);
    }

    private NewAccountability value() {
        return new NewAccountability(decisionCode.getValue(), department.isEmpty() ? 0 : department.getValue().id(),
                heldUnit.getValue(), heldPost.getValue(), measure.getValue(), reason.getValue(), decidedBy.getValue(),
                decisionDate.getValue(), problem.getValue(), hazard.getValue());
    }

    private void submit(Consumer<NewAccountability> onSubmit) {
        refusal.clear();
        try {
            onSubmit.accept(value());
            List.of(decisionCode, heldPost, reason, problem, hazard).forEach(HasValue::clear);
        } catch (LocalizedException refused) {
            refusal.show(refused, getLocale());
        }
    }
}
