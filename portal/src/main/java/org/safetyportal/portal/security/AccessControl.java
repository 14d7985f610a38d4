package org.safetyportal.portal.security;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.Optional;
import org.safetyportal.content.account.Actor;

/** What views need to know of security, without seeing Shiro. */
public interface AccessControl {

    SignInResult signIn(String username, String password);

    void signOut();

    /** Signed in to an account that exists and is enabled now (checked on every call). */
    boolean isSignedIn();

    /**
     * Signed in, but the account has been disabled since (or no longer exists): whatever the session
     * asks is refused, and the portal ends it.
     */
    boolean isSignedInToDisabledAccount();

    boolean isPermitted(String permission);

    Optional<String> username();

    /** The signed-in member of staff, for services that check permissions and scope themselves. */
    Actor actor();

    /**
     * Whether this visitor may open a view now. A view for staff names its permissions; a view for
     * everyone says so with {@link AnonymousAllowed}; a view that says neither is closed, so that a
     * forgotten annotation hides a page rather than opening it. The navigation guard, the side
     * navigation and the staff home all ask this one question.
     */
    default boolean mayEnter(Class<?> view) {
        RequiresPermission required = view.getAnnotation(RequiresPermission.class);
        if (required != null) {
            return isSignedIn() && Arrays.stream(required.value()).anyMatch(this::isPermitted);
        }
        return view.isAnnotationPresent(AnonymousAllowed.class);
    }
}
