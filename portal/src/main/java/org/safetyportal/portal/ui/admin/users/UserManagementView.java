package org.safetyportal.portal.ui.admin.users;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.account.StaffAccount;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.portal.security.AccessControl;
import org.safetyportal.portal.security.RequiresPermission;
import org.safetyportal.portal.ui.admin.RoleLabels;
import org.safetyportal.portal.ui.navigation.PortalSection;

/** Staff accounts: create, change roles and scope, disable, reset a password. Every change is audited. */
@Route(value = "admin/users")
@PortalSection(title = "admin.users.title", icon = VaadinIcon.USERS, order = 10, place = PortalSection.Place.STAFF_TOOLS, id = "tool-users")
@RequiresPermission(Permissions.MANAGE_USERS)
@Prototype
public class UserManagementView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final AccessControl accessControl;
    private final OrganizationDirectory organization;
    private final RoleLabels roleLabels;
    private final Clock clock;
    private final Grid<StaffAccount> grid = new Grid<>();
    private final TextField filter = new TextField();

    UserManagementView(AccountService accounts, AccessControl accessControl, OrganizationDirectory organization,
            RoleLabels roleLabels, Clock clock) {
        this.accounts = accounts;
        this.accessControl = accessControl;
        this.organization = organization;
        this.roleLabels = roleLabels;
        this.clock = clock;
        setSizeFull();
        H1 heading = new H1(getTranslation("admin.users.title"));
        heading.setId("users-heading");
        add(heading, createToolbar(), configureGrid());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " · " + getTranslation("app.title");
    }

    /** With staff from 160 departments, an administrator finds an account by typing, not by scrolling. */
    private Component createToolbar() {
        Button create = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create(), click -> openNewAccount());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filter.setId("users-filter");
        filter.setLabel(getTranslation("admin.users.filter"));
        filter.setPlaceholder(getTranslation("admin.users.filterHint"));
        filter.setClearButtonVisible(true);
        filter.setMaxLength(64);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter());
        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void applyFilter() {
        String wanted = filter.getValue().strip().toLowerCase(Locale.ROOT);
        ((ListDataProvider<StaffAccount>) grid.getDataProvider()).setFilter(account -> wanted.isEmpty()
                || account.username().contains(wanted)
                || account.displayName().toLowerCase(Locale.ROOT).contains(wanted));
    }

    private Grid<StaffAccount> configureGrid() {
        grid.setId("users-grid");
        grid.addColumn(StaffAccount::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        grid.addColumn(StaffAccount::displayName).setHeader(getTranslation("admin.users.displayName")).setAutoWidth(true);
        grid.addColumn(account -> account.grants().stream()
                        .map(grant -> roleLabels.describe(grant, getLocale()))
                        .collect(Collectors.joining("; ")))
                .setHeader(getTranslation("admin.users.roles")).setFlexGrow(1);
        grid.addColumn(this::status).setHeader(getTranslation("admin.users.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.users.actions")).setAutoWidth(true);
        grid.setWidthFull();
        return grid;
    }

    private String status(StaffAccount account) {
        if (!account.enabled()) {
            return getTranslation("admin.users.status.disabled");
        }
        return getTranslation(account.isLockedAt(clock.instant()) ? "admin.users.status.locked" : "admin.users.status.active");
    }

    private Component actions(StaffAccount account) {
        Button roles = new Button(getTranslation("admin.users.editRoles"), click -> openRoles(account));
        roles.setId("edit-roles-" + account.username());
        Button toggle = new Button(getTranslation(account.enabled() ? "admin.users.disable" : "admin.users.enable"),
                click -> run(() -> accounts.setEnabled(accessControl.actor(), account.id(), !account.enabled()),
                        account.enabled() ? "admin.users.disabled" : "admin.users.enabled"));
        toggle.setId("toggle-" + account.username());
        Button reset = new Button(getTranslation("admin.users.resetPassword"), click -> openResetPassword(account));
        reset.setId("reset-" + account.username());
        for (Button button : new Button[] {roles, toggle, reset}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        Div actions = new Div(roles, toggle, reset);
        actions.addClassName("row-actions");
        return actions;
    }

    private RoleGrantsEditor grantsEditor() {
        return new RoleGrantsEditor(accounts.roles(), organization.departments(), organization.areas(), roleLabels);
    }

    private void openNewAccount() {
        new NewAccountDialog(grantsEditor(), account -> {
            accounts.createAccount(accessControl.actor(), account);
            done("admin.users.created", account.username());
        }).open();
    }

    private void openRoles(StaffAccount account) {
        new RolesDialog(account, grantsEditor(), grants -> {
            accounts.replaceRoles(accessControl.actor(), account.id(), grants);
            done("admin.users.rolesSaved", account.username());
        }).open();
    }

    private void openResetPassword(StaffAccount account) {
        new ResetPasswordDialog(account, password -> {
            accounts.resetPassword(accessControl.actor(), account.id(), password);
            done("admin.users.passwordWasReset", account.username());
        }).open();
    }

    /** For one-click actions; a refusal reaches the session's error handler, which explains it. */
    private void run(Runnable action, String doneKey) {
        action.run();
        done(doneKey);
    }

    private void done(String key, Object... args) {
        refresh();
        Notification.show(getTranslation(key, args), 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        grid.setItems(accounts.accounts(accessControl.actor()));
        applyFilter();
    }
}
