package org.safetyportal.portal.ui.admin.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.CITY;
import static org.safetyportal.portal.ui.FormTesting.EMERGENCY;
import static org.safetyportal.portal.ui.FormTesting.ZEZHOU;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.NewAccount;
import org.safetyportal.content.account.Role;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.account.RoleScope;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.ui.FormTesting;
import org.safetyportal.portal.ui.admin.RoleLabels;

/** A new staff account as the administrator types it: name, password and roles go on together, or stay for correction. */
class NewAccountDialogTest {

    private static final Role PUBLISHER = new Role("PUBLISHER", RoleScope.DEPARTMENT, Set.of("lists.draft"));

    private final List<NewAccount> saved = new ArrayList<>();
    private RoleGrantsEditor grants;

    @BeforeEach
    void enter() {
        FormTesting.visitorIn(SupportedLocales.CHINESE);
        grants = new RoleGrantsEditor(List.of(PUBLISHER), List.of(EMERGENCY), List.of(CITY, ZEZHOU),
                new RoleLabels(List.of(EMERGENCY), List.of(CITY, ZEZHOU)));
    }

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    void aNewAccount_carriesWhatWasTyped_withItsRoles_andTheDialogCloses() {
        NewAccountDialog dialog = new NewAccountDialog(grants, saved::add);
        dialog.open();
        type(dialog);
        grant(dialog);

        byId(dialog, "dialog-save", Button.class).click();

        assertEquals(List.of(new NewAccount("yj.pub", "应急局示例发布员", "a-long-password-1",
                List.of(new RoleGrant("PUBLISHER", EMERGENCY.id(), null)))), saved);
        assertFalse(dialog.isOpened());
    }

    @Test
    void anAccountWithoutARole_isRefusedInTheDialog_inTheVisitorsLanguage_keepingWhatWasTyped() {
        NewAccountDialog dialog = new NewAccountDialog(grants, account -> {
            if (account.grants().isEmpty()) {
                throw new ValidationException("account.roles.required");
            }
            saved.add(account);
        });
        dialog.open();
        type(dialog);

        byId(dialog, "dialog-save", Button.class).click();

        assertTrue(dialog.isOpened());
        assertEquals("工作人员账号至少需要一个角色。如需取消全部权限，请停用该账号。", byId(dialog, "dialog-error", Span.class).getText());
        assertEquals("yj.pub", byId(dialog, "new-username", TextField.class).getValue());
        assertEquals("a-long-password-1", byId(dialog, "new-password", PasswordField.class).getValue());
        assertEquals(List.of(), saved);

        grant(dialog);
        byId(dialog, "dialog-save", Button.class).click();

        assertEquals(1, saved.size(), "corrected, the same dialog saves");
        assertFalse(dialog.isOpened());
    }

    private static void type(NewAccountDialog dialog) {
        byId(dialog, "new-username", TextField.class).setValue("yj.pub");
        byId(dialog, "new-display-name", TextField.class).setValue("应急局示例发布员");
        byId(dialog, "new-password", PasswordField.class).setValue("a-long-password-1");
    }

    @SuppressWarnings("unchecked")
    private static void grant(NewAccountDialog dialog) {
        byId(dialog, "grant-role", Select.class).setValue(PUBLISHER);
        byId(dialog, "grant-department", ComboBox.class).setValue(EMERGENCY);
        byId(dialog, "grant-add", Button.class).click();
    }
}
