package org.safetyportal.portal.ui.admin.users;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.safetyportal.content.account.LoginPolicy;
import org.safetyportal.content.account.NewAccount;

class NewAccountDialog extends FormDialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final RoleGrantsEditor grants;
    private final Consumer<NewAccount> onSave;

    NewAccountDialog(RoleGrantsEditor grants, Consumer<NewAccount> onSave) {
        super("admin.users.new");
        this.grants = grants;
        this.onSave = onSave;
        username.setId("new-username");
        username.setLabel(getTranslation("admin.users.username"));
        username.setHelperText(getTranslation("admin.users.usernameHelp"));
        displayName.setId("new-display-name");
        displayName.setLabel(getTranslation("admin.users.displayName"));
        password.setId("new-password");
        password.setLabel(getTranslation("admin.users.password"));
        password.setHelperText(getTranslation("admin.users.passwordHelp", LoginPolicy.MIN_PASSWORD_LENGTH));
        grants.setGrants(List.of());
        FormLayout form = new FormLayout(username, displayName, password);
        add(form, grants, errorLabel());
    }

    @Override
    protected void submit() {
        onSave.accept(new NewAccount(username.getValue(), displayName.getValue(), password.getValue(), grants.getGrants()));
    }
}
