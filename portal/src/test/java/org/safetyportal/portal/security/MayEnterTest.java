package org.safetyportal.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.account.Actor;

class MayEnterTest {

    @AnonymousAllowed
    static class OpenPage {
    }

    @RequiresPermission({"lists:draft", "lists:review"})
    static class WorkPage {
    }

    static class ForgottenPage {
    }

    @Test
    void a_page_open_to_everyone_is_open_to_a_visitor() {
        assertTrue(visitor().mayEnter(OpenPage.class));
    }

    @Test
    void a_staff_page_needs_a_signed_in_account_holding_one_of_its_permissions() {
        assertFalse(visitor().mayEnter(WorkPage.class));
        assertTrue(staff(Set.of("lists:review")).mayEnter(WorkPage.class));
        assertFalse(staff(Set.of("users:manage")).mayEnter(WorkPage.class));
    }

    @Test
    void a_page_that_does_not_say_who_may_enter_is_closed_even_to_staff() {
        assertFalse(visitor().mayEnter(ForgottenPage.class));
        assertFalse(staff(Set.of("lists:review", "users:manage")).mayEnter(ForgottenPage.class));
    }

    private static AccessControl visitor() {
        return new Permitted(false, Set.of());
    }

    private static AccessControl staff(Set<String> permissions) {
        return new Permitted(true, permissions);
    }

    /** The questions mayEnter asks, answered from a fixed set; sign-in itself is not what is tested here. */
    private record Permitted(boolean signedIn, Set<String> permissions) implements AccessControl {

        @Override
        public SignInResult signIn(String username, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void signOut() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isSignedIn() {
            return signedIn;
        }

        @Override
        public boolean isSignedInToDisabledAccount() {
            return false;
        }

        @Override
        public boolean isPermitted(String permission) {
            return signedIn && permissions.contains(permission);
        }

        @Override
        public Optional<String> username() {
            return Optional.empty();
        }

        @Override
        public Actor actor() {
            throw new UnsupportedOperationException();
        }
    }
}
