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
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.rectification.NewProblem;
import org.safetyportal.content.rectification.ProblemSource;
import org.safetyportal.i18n.LocalizedException;

/**
 * The form a publisher records a problem of the 问题整改清单 with. Submitting hands the input to the view;
 * a refusal shows under the form and on the field concerned. The links to a listed major hazard, an
 * inspection result and an oversight result are optional and typed as their numbers.
 */
class NewProblemForm extends Div {

    private final ComboBox<Department> department = new ComboBox<>();
    private final TextField problemCode = new TextField();
    private final Select<ProblemSource> source = new Select<>();
    private final TextField campaign = new TextField();
    private final TextField inspectedParty = new TextField();
    private final Select<Area> county = new Select<>();
    private final TextArea description = new TextArea();
    private final TextArea measures = new TextArea();
    private final TextField responsibleUnit = new TextField();
    private final DatePicker foundDate = new DatePicker();
    private final DatePicker deadline = new DatePicker();
    private final TextField hazard = new TextField();
    private final TextField inspection = new TextField();
    private final TextField oversight = new TextField();
    private final RefusalDisplay refusal = new RefusalDisplay("problem-form-error", Map.ofEntries(
            Map.entry("rectification.department", department), Map.entry("rectification.problemCode", problemCode),
            Map.entry("rectification.source", source), Map.entry("rectification.campaign", campaign),
            Map.entry("rectification.inspectedParty", inspectedParty), Map.entry("rectification.area", county),
            Map.entry("rectification.description", description), Map.entry("rectification.measures", measures),
            Map.entry("rectification.responsibleUnit", responsibleUnit), Map.entry("rectification.date", foundDate),
            Map.entry("rectification.deadline", deadline), Map.entry("rectification.hazard", hazard),
            Map.entry("rectification.inspection", inspection), Map.entry("rectification.oversight", oversight)));

    NewProblemForm(List<Department> departments, List<Area> counties, LocalDate today, Consumer<NewProblem> onSubmit) {
        setId("problem-form");
        addClassName("hazard-form");
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name().in(getLocale()));
        if (departments.size() == 1) {
            department.setValue(departments.get(0));
        }
        source.setItems(ProblemSource.values());
        source.setItemLabelGenerator(s -> s == null ? "" : getTranslation("rectification.source." + s.name()));
        county.setItems(counties);
        county.setItemLabelGenerator(a -> a == null ? "" : a.name().in(getLocale()));
        foundDate.setValue(today);
        setUp("department", department, true);
        setUp("problemCode", problemCode, true);
        setUp("source", source, true);
        setUp("campaign", campaign, true);
        setUp("inspectedParty", inspectedParty, true);
        setUp("description", description, true);
        setUp("measures", measures, true);
        setUp("responsibleUnit", responsibleUnit, true);
        setUp("foundDate", foundDate, true);
        setUp("deadline", deadline, true);
        setUp("hazard", hazard, false);
        setUp("inspection", inspection, false);
        setUp("oversight", oversight, false);
        county.setLabel(getTranslation("inspections.column.county"));
        county.setId("problem-county");
        county.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(department, problemCode, source, campaign, inspectedParty, county, foundDate,
                deadline, description, measures, responsibleUnit, hazard, inspection, oversight);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(description, 2);
        form.setColspan(measures, 2);
        Button submit = new Button(getTranslation("rectification.form.submit"), click -> submit(onSubmit));
        submit.setId("problem-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("rectification.form.title")), form, refusal.component(), submit);
    }

    private void setUp(String name, HasValue<?, ?> field, boolean required) {
        field.setRequiredIndicatorVisible(required);
        ((HasLabel) field).setLabel(getTranslation("rectification.field." + name));
        ((Component) field).setId("problem-" + name);
    }

    private NewProblem value() {
        return new NewProblem(problemCode.getValue(), department.isEmpty() ? 0 : department.getValue().id(), source.getValue(),
                campaign.getValue(), inspectedParty.getValue(), county.isEmpty() ? null : county.getValue().code(),
                description.getValue(), measures.getValue(), responsibleUnit.getValue(), foundDate.getValue(),
                deadline.getValue(), hazard.getValue(), inspection.getValue(), oversight.getValue());
    }

    private void submit(Consumer<NewProblem> onSubmit) {
        refusal.clear();
        try {
            onSubmit.accept(value());
            List.of(problemCode, description, measures, hazard, inspection, oversight).forEach(HasValue::clear);
            deadline.clear();
        } catch (LocalizedException refused) {
            refusal.show(refused, getLocale());
        }
    }
}
