package org.safetyportal.portal.security;

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
}
