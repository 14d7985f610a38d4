package org.safetyportal.portal.ui.admin.inspections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.inspection.InspectionFilter;
import org.safetyportal.content.inspection.InspectionRecord;
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.inspection.RectificationStatus;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.inspections.InspectionRecordView;
import org.safetyportal.portal.ui.navigation.PortalSection;

/**
 * A publisher publishes inspection results of their department, corrects a published one (a new
 * correction, never an edit) and records a completed rectification; the department's records below.
 */
@Route(value = "admin/inspections")
@PortalSection(title = "admin.inspections.title", icon = VaadinIcon.CLIPBOARD_CHECK, order = 70, place = PortalSection.Place.STAFF_TOOLS, id = "tool-inspections")
@RequiresPermission(Permissions.PUBLISH_INSPECTIONS)
@Prototype
public class InspectionWorkView extends VerticalLayout implements HasDynamicTitle {

    private final InspectionRegister register;
    private final Actor actor;
    private final ComboBox<Department> department = new ComboBox<>();
    private final InspectionForm form;
    private final Button publish = new Button();
    private final Button correct = new Button();
    private final Button cancel = new Button();
    private final Span error = new Span();
    private final Span confirmation = new Span();
    private final Grid<InspectionRecord> records = new Grid<>();
    private final DatePicker rectifiedOn = new DatePicker();
    private final TextField rectificationNote = new TextField();
    private final Div rectification = new Div();
    private InspectionRecord selected;

    InspectionWorkView(InspectionRegister register, AccessControl accessControl, OrganizationDirectory organization) {
        this.register = register;
        this.actor = accessControl.actor();
        this.form = new InspectionForm(organization.counties(),
                organization.sectors(), register.today());
        H1 heading = new H1(getTranslation("admin.inspections.title"));
        heading.setId("inspection-work-heading");
        add(heading, createDepartmentChoice(organization), form, createActions(), createRectification(),
                new H2(getTranslation("admin.inspections.records")), configureRecords());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.inspections.title") + " · " + getTranslation("app.title");
    }

    private Component createDepartmentChoice(OrganizationDirectory organization) {
        department.setId("ins-department");
        department.setLabel(getTranslation("admin.users.department"));
        department.setItems(organization.departmentsFor(actor, Permissions.PUBLISH_INSPECTIONS));
        department.setItemLabelGenerator(d -> d.name().in(getLocale()));
        if (department.getListDataView().getItemCount() > 0) {
            department.setValue(department.getListDataView().getItem(0));
        }
        department.addValueChangeListener(e -> refresh());
        department.setWidth("24em");
        return department;
    }

    private Component createActions() {
        publish.setText(getTranslation("admin.inspections.publish"));
        publish.setId("ins-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> attempt(() -> {
            if (department.isEmpty()) {
                throw new ValidationException("inspections.department.unknown");
            }
            InspectionRecord record = register.publish(actor, form.newRecord(department.getValue().id()));
            done(getTranslation("admin.inspections.published", record.recordCode()));
        }));
        correct.setText(getTranslation("admin.inspections.publishCorrection"));
        correct.setId("ins-correct");
        correct.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        correct.addClickListener(click -> attempt(() -> {
            InspectionRecord record = register.correct(actor, selected.recordCode(), form.facts(), form.reason());
            done(getTranslation("admin.inspections.corrected", record.recordCode()));
        }));
        cancel.setText(getTranslation("admin.inspections.cancel"));
        cancel.setId("ins-cancel");
        cancel.addClickListener(click -> done(null));
        error.setId("ins-error");
        error.addClassName("form-error");
        confirmation.setId("ins-confirmation");
        FlexLayout actions = new FlexLayout(publish, correct, cancel, error, confirmation);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(FlexLayout.Alignment.CENTER);
        actions.addClassName("inspection-actions");
        showCorrecting(false);
        return actions;
    }

    private Component createRectification() {
        rectifiedOn.setId("rect-date");
        rectifiedOn.setLabel(getTranslation("admin.inspections.rectifiedOn"));
        rectificationNote.setId("rect-note");
        rectificationNote.setLabel(getTranslation("admin.inspections.rectificationNote"));
        Button save = new Button(getTranslation("admin.inspections.markRectified"), click -> attempt(() -> {
            InspectionRecord record = register.changeStatus(actor, selected.recordCode(), RectificationStatus.RECTIFIED,
                    rectifiedOn.getValue(), rectificationNote.getValue());
            done(getTranslation("admin.inspections.statusChanged", record.recordCode()));
        }));
        save.setId("rect-save");
        FlexLayout row = new FlexLayout(rectifiedOn, rectificationNote, save);
        row.setAlignItems(FlexLayout.Alignment.END);
        rectification.add(row);
        rectification.setId("rectification-panel");
        rectification.setVisible(false);
        return rectification;
    }

    private Grid<InspectionRecord> configureRecords() {
        records.setId("ins-records");
        records.addComponentColumn(r -> {
            RouterLink link = new RouterLink(r.recordCode(), InspectionRecordView.class, InspectionRecordView.parameters(r.recordCode()));
            link.setId("record-link-" + r.recordCode());
            return link;
        }).setHeader(getTranslation("inspections.column.record")).setAutoWidth(true);
        records.addColumn(InspectionRecord::enterpriseName).setHeader(getTranslation("inspections.column.enterprise")).setFlexGrow(1);
        records.addColumn(r -> r.inspectionDate().toString()).setHeader(getTranslation("inspections.column.date")).setAutoWidth(true);
        records.addColumn(r -> getTranslation("inspections.rectification." + r.rectificationStatus().name())
                        + (r.corrected() ? " · " + getTranslation("inspections.corrected") : ""))
                .setHeader(getTranslation("inspections.column.rectification")).setAutoWidth(true);
        records.addComponentColumn(this::recordActions).setAutoWidth(true);
        records.setAllRowsVisible(true);
        return records;
    }

    private Component recordActions(InspectionRecord record) {
        Button correctThis = new Button(getTranslation("admin.inspections.correct"), click -> {
            selected = record;
            form.correcting(record);
            rectification.setVisible(false);
            showCorrecting(true);
        });
        correctThis.setId("correct-" + record.recordCode());
        Div actions = new Div(correctThis);
        if (record.rectificationStatus().canChangeTo(RectificationStatus.RECTIFIED)) {
            Button rectify = new Button(getTranslation("admin.inspections.markRectified"), click -> {
                selected = record;
                rectifiedOn.setValue(register.today());
                rectification.setVisible(true);
            });
            rectify.setId("rectify-" + record.recordCode());
            actions.add(rectify);
        }
        return actions;
    }

    private void attempt(Runnable action) {
        error.setText(null);
        confirmation.setText(null);
        try {
            action.run();
        } catch (ValidationException refused) {
            error.setText(Messages.describe(getLocale(), refused));
        }
    }

    private void done(String message) {
        selected = null;
        form.clearForNew(register.today());
        rectification.setVisible(false);
        showCorrecting(false);
        error.setText(null);
        confirmation.setText(message);
        refresh();
    }

    private void showCorrecting(boolean correcting) {
        publish.setVisible(!correcting);
        correct.setVisible(correcting);
        cancel.setVisible(correcting);
    }

    private void refresh() {
        if (department.isEmpty()) {
            records.setItems();
            return;
        }
        InspectionFilter mine = new InspectionFilter(null, null, department.getValue().id(), null, null);
        records.setItems(register.search(mine, 0, 500));
    }
}
