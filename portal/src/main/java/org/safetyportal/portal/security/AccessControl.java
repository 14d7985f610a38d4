package org.safetyportal.portal.security;

import java.util.Optional;
import org.safetyportal.content.account.Actor;

/** What views need to know of security, without seeing Shiro. */
public interface AccessControl {

    SignInResult signIn(String username, String password);

    void signOut();

    boolean isSignedIn();

    boolean isPermitted(String permission);

    Optional<String> username();

    /** The signed-in member of staff, for services that check permissions and scope themselves. */
    Actor actor();
}
