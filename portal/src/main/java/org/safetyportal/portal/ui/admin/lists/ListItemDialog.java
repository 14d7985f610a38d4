package org.safetyportal.portal.ui.admin.lists;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.PowerType;
import org.safetyportal.content.lists.TaskStatus;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.i18n.LocalizedException;
import org.safetyportal.i18n.Messages;

/**
 * Edits one item with the fields its list type uses. Saving hands the item to the editor, which
 * saves the whole draft; if that is refused the reason shows here and nothing typed is lost.
 */
class ListItemDialog extends Dialog {

    private final ListType type;
    private final TextField code = field("code", new TextField());
    private final TextArea title = field("title", new TextArea());
    private final Select<PowerType> powerType = new Select<>();
    private final TextArea legalBasis = field("legalBasis", new TextArea());
    private final TextField responsibleBody = field("responsibleBody", new TextField());
    private final TextArea stages = field("stages", new TextArea());
    private final TextArea accountability = field("accountability", new TextArea());
    private final TextField supervisionPhone = field("supervisionPhone", new TextField());
    private final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>();
    private final TextArea measures = field("measures", new TextArea());
    private final DatePicker deadline = new DatePicker();
    private final TextField cooperatingUnits = field("cooperatingUnits", new TextField());
    private final Select<TaskStatus> taskStatus = new Select<>();
    private final TextArea progress = field("progress", new TextArea());
    private final Span error = new Span();

    ListItemDialog(ListType type, ListItem item, List<Sector> allSectors, Consumer<ListItem> onSave) {
        this.type = type;
        setHeaderTitle(getTranslation(item == null ? "admin.lists.addItem" : "admin.lists.editItem"));
        setCloseOnOutsideClick(false);
        setWidth("min(48rem, 100vw)");
        powerType.setId("item-powerType");
        powerType.setLabel(getTranslation("lists.field.powerType"));
        powerType.setItems(PowerType.values());
        powerType.setItemLabelGenerator(p -> getTranslation("lists.powerType." + p.name()));
        sectors.setId("item-sectors");
        sectors.setLabel(getTranslation("lists.field.sectors"));
        sectors.setItems(allSectors);
        sectors.setItemLabelGenerator(s -> s.name().in(getLocale()));
        deadline.setId("item-deadline");
        deadline.setLabel(getTranslation("lists.field.deadline"));
        taskStatus.setId("item-taskStatus");
        taskStatus.setLabel(getTranslation("lists.field.taskStatus"));
        taskStatus.setItems(TaskStatus.values());
        taskStatus.setItemLabelGenerator(s -> getTranslation("lists.taskStatus." + s.name()));
        error.setId("item-error");
        error.addClassName("form-error");
        error.setVisible(false);

        FormLayout form = new FormLayout(code, title, responsibleBody);
        switch (type) {
            case POWER -> form.add(powerType, legalBasis, stages, accountability, supervisionPhone);
            case RESPONSIBILITY -> form.add(sectors, legalBasis, accountability);
            case ANNUAL_TASKS -> form.add(measures, deadline, cooperatingUnits, taskStatus, progress);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(title, 2);
        add(form, error);
        if (item != null) {
            fill(item, allSectors);
        }

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button save = new Button(getTranslation("action.save"), click -> save(onSave));
        save.setId("item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private void fill(ListItem item, List<Sector> allSectors) {
        code.setValue(nonNull(item.code()));
        title.setValue(nonNull(item.title()));
        powerType.setValue(item.powerType());
        legalBasis.setValue(nonNull(item.legalBasis()));
        responsibleBody.setValue(nonNull(item.responsibleBody()));
        stages.setValue(nonNull(item.stages()));
        accountability.setValue(nonNull(item.accountability()));
        supervisionPhone.setValue(nonNull(item.supervisionPhone()));
        Map<String, Sector> byCode = allSectors.stream().collect(Collectors.toMap(Sector::code, Function.identity()));
        sectors.setValue(item.sectors().stream().map(byCode::get).filter(s -> s != null)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        measures.setValue(nonNull(item.measures()));
        deadline.setValue(item.deadline());
        cooperatingUnits.setValue(nonNull(item.cooperatingUnits()));
        taskStatus.setValue(item.taskStatus());
        progress.setValue(nonNull(item.progress()));
    }

    /** Only the fields of this list type are kept; the others stay empty. */
    private ListItem value() {
        boolean power = type == ListType.POWER;
        boolean responsibility = type == ListType.RESPONSIBILITY;
        boolean tasks = type == ListType.ANNUAL_TASKS;
        return new ListItem(code.getValue().strip(), title.getValue().strip(), power ? powerType.getValue() : null,
                power || responsibility ? text(legalBasis) : null, text(responsibleBody), power ? text(stages) : null,
                power || responsibility ? text(accountability) : null, power ? text(supervisionPhone) : null,
                responsibility ? sectors.getValue().stream().map(Sector::code).sorted().toList() : List.of(),
                tasks ? text(measures) : null, tasks ? deadline.getValue() : null,
                tasks ? text(cooperatingUnits) : null, tasks ? taskStatus.getValue() : null, tasks ? text(progress) : null);
    }

    private void save(Consumer<ListItem> onSave) {
        try {
            onSave.accept(value());
            close();
        } catch (LocalizedException refused) {
            error.setText(Messages.describe(getLocale(), refused));
            error.setVisible(true);
        }
    }

    private <F extends HasValue<?, String> & HasLabel & HasElement> F field(String name, F component) {
        component.setLabel(getTranslation("lists.field." + name));
        component.getElement().setAttribute("id", "item-" + name);
        return component;
    }

    private static String text(HasValue<?, String> field) {
        String value = field.getValue() == null ? "" : field.getValue().strip();
        return value.isEmpty() ? null : value;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
