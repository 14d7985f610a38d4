package org.safetyportal.portal.ui.admin.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.safetyportal.content.account.Role;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.account.RoleScope;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.Department;
import org.safetyportal.portal.ui.admin.RoleLabels;

/** Edits the roles of one account, each with the department and county it is granted in. */
class RoleGrantsEditor extends Div {

    private final RoleLabels labels;
    private final List<RoleGrant> grants = new ArrayList<>();
    private final Div current = new Div();
    private final Select<Role> role = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Select<Area> county = new Select<>();

    RoleGrantsEditor(List<Role> roles, List<Department> departments, List<Area> areas, RoleLabels labels) {
        this.labels = labels;
        addClassName("role-grants-editor");
        current.setId("role-grants");

        role.setId("grant-role");
        role.setLabel(getTranslation("admin.users.role"));
        role.setItems(roles);
        role.setItemLabelGenerator(r -> labels.role(r.code(), getLocale()));
        role.addValueChangeListener(change -> showScopeFields(change.getValue()));

        department.setId("grant-department");
        department.setLabel(getTranslation("admin.users.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name().in(getLocale()));
        department.setClearButtonVisible(true);

        county.setId("grant-county");
        county.setLabel(getTranslation("admin.users.county"));
        county.setItems(areas.stream().filter(a -> a.kind() == AreaKind.COUNTY).toList());
        county.setItemLabelGenerator(a -> a == null ? getTranslation("admin.users.wholeDepartment") : a.name().in(getLocale()));
        county.setEmptySelectionAllowed(true);
        county.setEmptySelectionCaption(getTranslation("admin.users.wholeDepartment"));

        Button add = new Button(getTranslation("admin.users.addRole"), VaadinIcon.PLUS.create(), click -> addGrant());
        add.setId("grant-add");
        showScopeFields(null);
        FlexLayout adder = new FlexLayout(role, department, county, add);
        adder.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        adder.setAlignItems(FlexLayout.Alignment.END);
        adder.addClassName("role-grant-adder");
        add(current, adder);
        render();
    }

    void setGrants(List<RoleGrant> initial) {
        grants.clear();
        grants.addAll(initial);
        render();
    }

    List<RoleGrant> getGrants() {
        return List.copyOf(grants);
    }

    private void showScopeFields(Role selected) {
        RoleScope scope = selected == null ? RoleScope.NONE : selected.scope();
        department.setVisible(scope != RoleScope.NONE);
        county.setVisible(scope == RoleScope.DEPARTMENT_AREA);
    }

    /** Adds what is selected; the service decides whether the scope fits the role. */
    private void addGrant() {
        Role selected = role.getValue();
        if (selected == null) {
            return;
        }
        Integer departmentId = department.isVisible() && department.getValue() != null ? department.getValue().id() : null;
        Integer areaId = county.isVisible() && county.getValue() != null ? county.getValue().id() : null;
        RoleGrant grant = new RoleGrant(selected.code(), departmentId, areaId);
        if (grants.stream().noneMatch(existing -> Objects.equals(existing, grant))) {
            grants.add(grant);
        }
        role.clear();
        department.clear();
        county.clear();
        render();
    }

    private void render() {
        current.removeAll();
        if (grants.isEmpty()) {
            current.add(new Span(getTranslation("admin.users.noRoles")));
        }
        for (RoleGrant grant : grants) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                grants.remove(grant);
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("admin.users.removeRole"));
            Div row = new Div(new Span(labels.describe(grant, getLocale())), remove);
            row.addClassName("role-grant");
            current.add(row);
        }
    }
}
