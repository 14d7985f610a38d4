package org.safetyportal.portal.ui.login;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginViewTest {

    @Test
    void returnsOnlyToTheStaffArea() {
        assertTrue(LoginView.isSafeReturnTarget("admin"));
        assertTrue(LoginView.isSafeReturnTarget("admin/users"));
        assertFalse(LoginView.isSafeReturnTarget("//evil.example/admin"));
        assertFalse(LoginView.isSafeReturnTarget("https://evil.example"));
        assertFalse(LoginView.isSafeReturnTarget("admin/../../etc"));
        assertFalse(LoginView.isSafeReturnTarget(null));
    }
}
