package org.safetyportal.portal.ui.admin.users;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.account.StaffAccount;

class RolesDialog extends FormDialog {

    private final RoleGrantsEditor editor;
    private final Consumer<List<RoleGrant>> onSave;

    RolesDialog(StaffAccount account, RoleGrantsEditor editor, Consumer<List<RoleGrant>> onSave) {
        super("admin.users.editRoles");
        this.editor = editor;
        this.onSave = onSave;
        editor.setGrants(account.grants());
        add(new Paragraph(getTranslation("admin.users.rolesOf", account.username())), editor, errorLabel());
    }

    @Override
    protected void submit() {
        onSave.accept(editor.getGrants());
    }
}
