package org.safetyportal.portal.ui.admin.users;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;
import org.safetyportal.content.account.LoginPolicy;
import org.safetyportal.content.account.StaffAccount;

class ResetPasswordDialog extends FormDialog {

    private final PasswordField password = new PasswordField();
    private final Consumer<String> onSave;

    ResetPasswordDialog(StaffAccount account, Consumer<String> onSave) {
        super("admin.users.resetPassword");
        this.onSave = onSave;
        password.setId("reset-password");
        password.setLabel(getTranslation("admin.users.newPassword"));
        password.setHelperText(getTranslation("admin.users.passwordHelp", LoginPolicy.MIN_PASSWORD_LENGTH));
        password.setWidthFull();
        add(new Paragraph(getTranslation("admin.users.resetFor", account.username())), password, errorLabel());
    }

    @Override
    protected void submit() {
        onSave.accept(password.getValue());
    }
}
