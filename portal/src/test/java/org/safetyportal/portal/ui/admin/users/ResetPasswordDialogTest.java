package org.safetyportal.portal.ui.admin.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.portal.ui.FormTesting.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.LoginPolicy;
import org.safetyportal.content.account.StaffAccount;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.ui.FormTesting;

/**
 * The dialogs of user management save through {@link FormDialog}: the value goes on and the dialog
 * closes, or the refusal shows inside it, translated, and it stays open with what was typed.
 */
class ResetPasswordDialogTest {

    private static final StaffAccount ACCOUNT = new StaffAccount(12, "bl.pub", "黑名单示例发布员", true, null, List.of());

    private final List<String> saved = new ArrayList<>();

    @BeforeEach
    void enter() {
        FormTesting.visitorIn(SupportedLocales.ENGLISH);
    }

    @AfterEach
    void leave() {
        FormTesting.leave();
    }

    @Test
    void aNewPassword_isHandedOn_andTheDialogCloses() {
        ResetPasswordDialog dialog = new ResetPasswordDialog(ACCOUNT, saved::add);
        dialog.open();
        byId(dialog, "reset-password", PasswordField.class).setValue("a-long-new-pass-1");

        byId(dialog, "dialog-save", Button.class).click();

        assertEquals(List.of("a-long-new-pass-1"), saved);
        assertFalse(dialog.isOpened());
    }

    @Test
    void aRefusedPassword_isExplainedInTheDialog_whichStaysOpenWithWhatWasTyped() {
        ResetPasswordDialog dialog = new ResetPasswordDialog(ACCOUNT, password -> {
            if (password.length() < LoginPolicy.MIN_PASSWORD_LENGTH) {
                throw new ValidationException("account.password.length", LoginPolicy.MIN_PASSWORD_LENGTH,
                        LoginPolicy.MAX_PASSWORD_LENGTH);
            }
            saved.add(password);
        });
        dialog.open();
        byId(dialog, "reset-password", PasswordField.class).setValue("short");

        byId(dialog, "dialog-save", Button.class).click();

        Span error = byId(dialog, "dialog-error", Span.class);
        assertTrue(error.isVisible());
        assertEquals("A password has 10–128 characters.", error.getText());
        assertTrue(dialog.isOpened());
        assertEquals("short", byId(dialog, "reset-password", PasswordField.class).getValue());
        assertEquals(List.of(), saved);
    }

    @Test
    void cancel_closesWithoutSaving() {
        ResetPasswordDialog dialog = new ResetPasswordDialog(ACCOUNT, saved::add);
        dialog.open();
        byId(dialog, "reset-password", PasswordField.class).setValue("a-long-new-pass-1");

        byId(dialog, "dialog-cancel", Button.class).click();

        assertFalse(dialog.isOpened());
        assertEquals(List.of(), saved);
    }
}
