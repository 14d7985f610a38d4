package org.safetyportal.portal.ui.admin.lists;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListPublishing;
import org.safetyportal.content.lists.ListRepeals;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.TaskProgressUpdates;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.navigation.PortalSection;

/** Publishers start new versions of their department's lists; both publishers and reviewers see what awaits them. */
@Route(value = "admin/lists")
@PortalSection(title = "admin.lists.title", icon = VaadinIcon.LIST, order = 30, place = PortalSection.Place.STAFF_TOOLS, id = "tool-lists")
@RequiresPermission({Permissions.DRAFT_LISTS, Permissions.REVIEW_LISTS})
@Prototype
public class ListWorkView extends VerticalLayout implements HasDynamicTitle {

    private final ListPublishing publishing;
    private final Actor actor;

    ListWorkView(ListPublishing publishing, ListRepeals repeals, TaskProgressUpdates progress, ListCatalogue catalogue,
            AccessControl accessControl, OrganizationDirectory organization, CityClock city) {
        this.publishing = publishing;
        this.actor = accessControl.actor();
        H1 heading = new H1(getTranslation("admin.lists.title"));
        heading.setId("list-work-heading");
        add(heading);
        if (actor.isPermitted(Permissions.DRAFT_LISTS)) {
            add(createStartForm(organization, city));
        }
        add(new H2(getTranslation("admin.lists.open")), createOpenVersions(),
                new RepealPanel(repeals, catalogue, actor), new ProgressPanel(progress, catalogue, actor, city));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.lists.title") + " · " + getTranslation("app.title");
    }

    private Component createStartForm(OrganizationDirectory organization, CityClock city) {
        ComboBox<Department> department = new ComboBox<>(getTranslation("admin.users.department"));
        department.setId("start-department");
        department.setItems(organization.departmentsFor(actor, Permissions.DRAFT_LISTS));
        department.setItemLabelGenerator(d -> d.name().in(getLocale()));
        Select<ListType> type = new Select<>();
        type.setId("start-type");
        type.setLabel(getTranslation("admin.lists.type"));
        type.setItems(ListType.values());
        type.setItemLabelGenerator(t -> getTranslation("lists.type." + t.name()));
        IntegerField year = new IntegerField(getTranslation("admin.lists.year"));
        year.setId("start-year");
        year.setValue(city.today().getYear());
        year.setVisible(false);
        type.addValueChangeListener(change -> year.setVisible(change.getValue() != null && change.getValue().isAnnual()));
        if (department.getListDataView().getItemCount() == 1) {
            department.setValue(department.getListDataView().getItem(0));
        }
        Button start = new Button(getTranslation("admin.lists.startDraft"), click -> {
            if (department.isEmpty() || type.isEmpty()) {
                throw new ValidationException("admin.lists.chooseDepartmentAndType");
            }
            int listYear = year.getValue() == null ? 0 : year.getValue();
            ListVersion draft = publishing.startDraft(actor, department.getValue().id(), type.getValue(), listYear);
            UI.getCurrent().navigate(ListVersionEditor.class, new RouteParameters(ListVersionEditor.ID, Integer.toString(draft.id())));
        });
        start.setId("start-draft");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(department, type, year, start);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexLayout.Alignment.END);
        form.addClassName("start-draft-form");
        return form;
    }

    private Component createOpenVersions() {
        Grid<ListVersion> grid = new Grid<>();
        grid.setId("open-versions");
        grid.addComponentColumn(v -> new RouterLink(v.department().name().in(getLocale()), ListVersionEditor.class,
                        new RouteParameters(ListVersionEditor.ID, Integer.toString(v.id()))))
                .setHeader(getTranslation("admin.users.department")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation(v.titleKey())
                        + (v.type().isAnnual() ? " " + v.year() : ""))
                .setHeader(getTranslation("admin.lists.type")).setAutoWidth(true);
        grid.addColumn(ListVersion::versionNo).setHeader(getTranslation("admin.lists.versionNo")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation("lists.status." + v.status().name())).setHeader(getTranslation("admin.users.status")).setAutoWidth(true);
        grid.addColumn(ListVersion::draftedBy).setHeader(getTranslation("admin.lists.draftedBy")).setAutoWidth(true);
        grid.addColumn(v -> v.reviewComment() == null ? "" : v.reviewComment()).setHeader(getTranslation("admin.lists.reviewComment")).setFlexGrow(1);
        grid.setItems(publishing.openVersions(actor));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
