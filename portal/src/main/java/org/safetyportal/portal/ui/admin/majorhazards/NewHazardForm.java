package org.safetyportal.portal.ui.admin.majorhazards;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.safetyportal.content.majorhazards.FiveImplementations;
import org.safetyportal.content.majorhazards.NewMajorHazard;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;

/**
 * The form a publisher lists a major hazard with. Submitting hands the input to the view; when the
 * register refuses it, the reason shows under the form and on the field concerned, and nothing
 * typed is lost. Every field is required, the 五落实 included.
 */
class NewHazardForm extends Div {

    private final ComboBox<Department> department = new ComboBox<>();
    private final TextField registerCode = new TextField();
    private final TextArea description = new TextArea();
    private final TextField enterpriseName = new TextField();
    private final TextField creditCode = new TextField();
    private final Select<Area> county = new Select<>();
    private final ComboBox<Sector> sector = new ComboBox<>();
    private final DatePicker listingDate = new DatePicker();
    private final DatePicker deadline = new DatePicker();
    private final TextArea measures = new TextArea();
    private final TextArea responsibility = new TextArea();
    private final TextArea funds = new TextArea();
    private final TextArea timeLimit = new TextArea();
    private final TextArea contingencyPlan = new TextArea();
    private final Span error = new Span();
    /** Which field a refusal is about, by the start of its message key. */
    private final Map<String, HasValidation> fieldsByKey = Map.ofEntries(
            Map.entry("hazards.department", department), Map.entry("hazards.registerCode", registerCode),
            Map.entry("hazards.description", description), Map.entry("hazards.enterprise", enterpriseName),
            Map.entry("hazards.creditCode", creditCode), Map.entry("hazards.area", county),
            Map.entry("hazards.sector", sector), Map.entry("hazards.deadline", deadline),
            Map.entry("hazards.date", listingDate), Map.entry("hazards.fiveImplementations", measures));

    NewHazardForm(List<Department> departments, List<Area> counties, List<Sector> sectors, LocalDate today,
            Consumer<NewMajorHazard> onSubmit) {
        addClassName("hazard-form");
        setId("hazard-form");
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name().in(getLocale()));
        if (departments.size() == 1) {
            department.setValue(departments.get(0));
        }
        county.setItems(counties);
        county.setItemLabelGenerator(a -> a == null ? "" : a.name().in(getLocale()));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(s -> s.name().in(getLocale()));
        listingDate.setValue(today);
        setUp("department", department);
        setUp("registerCode", registerCode);
        setUp("description", description);
        setUp("enterprise", enterpriseName);
        setUp("creditCode", creditCode);
        creditCode.setHelperText(getTranslation("hazards.form.creditCodeHelp"));
        setUp("county", county);
        setUp("sector", sector);
        setUp("listingDate", listingDate);
        setUp("deadline", deadline);
        for (var entry : Map.of("measures", measures, "responsibility", responsibility, "funds", funds,
                "timeLimit", timeLimit, "contingencyPlan", contingencyPlan).entrySet()) {
            entry.getValue().setLabel(getTranslation("hazards.five." + entry.getKey()));
            entry.getValue().setRequiredIndicatorVisible(true);
            entry.getValue().setId("hazard-" + entry.getKey());
        }
        error.setId("hazard-form-error");
        error.addClassName("form-error");
        error.setVisible(false);
        FormLayout form = new FormLayout(department, registerCode, enterpriseName, creditCode, county, sector,
                listingDate, deadline, description, measures, responsibility, funds, timeLimit, contingencyPlan);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(description, 2);
        form.setColspan(measures, 2);
        form.setColspan(contingencyPlan, 2);
        Button submit = new Button(getTranslation("hazards.form.submit"), click -> submit(onSubmit));
        submit.setId("hazard-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("hazards.form.title")), form, error, submit);
    }

    private void setUp(String name, HasValue<?, ?> field) {
        field.setRequiredIndicatorVisible(true);
        if (field instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(getTranslation(name.equals("county") ? "inspections.column.county"
                    : name.equals("sector") ? "inspections.column.sector" : "hazards.field." + name));
        }
        if (field instanceof com.vaadin.flow.component.Component component) {
            component.setId("hazard-" + name);
        }
    }

    private NewMajorHazard value() {
        return new NewMajorHazard(registerCode.getValue(), department.isEmpty() ? 0 : department.getValue().id(),
                description.getValue(), enterpriseName.getValue(), creditCode.getValue(),
                county.isEmpty() ? null : county.getValue().code(), sector.isEmpty() ? null : sector.getValue().code(),
                listingDate.getValue(), deadline.getValue(), new FiveImplementations(measures.getValue(),
                        responsibility.getValue(), funds.getValue(), timeLimit.getValue(), contingencyPlan.getValue()));
    }

    private void submit(Consumer<NewMajorHazard> onSubmit) {
        fieldsByKey.values().forEach(field -> field.setInvalid(false));
        try {
            onSubmit.accept(value());
            error.setVisible(false);
            List.of(registerCode, description, enterpriseName, creditCode, measures, responsibility, funds, timeLimit,
                    contingencyPlan).forEach(HasValue::clear);
            deadline.clear();
        } catch (LocalizedException refused) {
            String message = Messages.describe(getLocale(), refused);
            error.setText(message);
            error.setVisible(true);
            fieldsByKey.entrySet().stream().filter(e -> refused.messageKey().startsWith(e.getKey() + "."))
                    .findFirst().ifPresent(e -> {
                        e.getValue().setErrorMessage(message);
                        e.getValue().setInvalid(true);
                    });
        }
    }
}
