package org.safetyportal.portal.security;

import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.subject.WebSubject;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.portal.config.PortalConfiguration;

@Singleton
class ShiroAccessControl implements AccessControl {

    private final AccountService accounts;
    private final CurrentRights rights;
    private final Duration staffSessionTimeout;

    ShiroAccessControl(AccountService accounts, CurrentRights rights, PortalConfiguration configuration) {
        this.accounts = accounts;
        this.rights = rights;
        this.staffSessionTimeout = configuration.getSessionTimeout();
    }

    @Override
    public SignInResult signIn(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return SignInResult.WRONG_CREDENTIALS;
        }
        try {
            Subject subject = subject();
            subject.login(new UsernamePasswordToken(username.strip().toLowerCase(Locale.ROOT), password, false,
                    sourceAddress(subject)));
            renewSessionId(subject);
            keepForStaff(subject);
            return SignInResult.SIGNED_IN;
        } catch (ExcessiveAttemptsException e) {
            return SignInResult.LOCKED;
        } catch (DisabledAccountException e) {
            return SignInResult.DISABLED;
        } catch (AuthenticationException e) {
            // Unknown user and wrong password look the same, so names cannot be probed.
            return SignInResult.WRONG_CREDENTIALS;
        }
    }

    @Override
    public void signOut() {
        subject().logout();
    }

    @Override
    public boolean isSignedIn() {
        return subject().isAuthenticated() && rights.isActive(principal());
    }

    @Override
    public boolean isSignedInToDisabledAccount() {
        return subject().isAuthenticated() && !rights.isActive(principal());
    }

    @Override
    public boolean isPermitted(String permission) {
        return subject().isAuthenticated() && subject().isPermitted(permission);
    }

    @Override
    public Optional<String> username() {
        return isSignedIn() ? Optional.of(principal()) : Optional.empty();
    }

    @Override
    public Actor actor() {
        // Not signed in: an actor with no account behind it and no grants, so that even an account
        // that happened to be named "anonymous" lends it nothing.
        return username().map(accounts::actor).orElseGet(() -> Actor.builtIn("anonymous", List.of(), Map.of()));
    }

    /** Where the attempt comes from: the client, or behind a configured proxy the address it forwarded. */
    private static String sourceAddress(Subject subject) {
        return subject instanceof WebSubject web ? web.getServletRequest().getRemoteAddr() : null;
    }

    /**
     * A new session id on sign-in, so that an id planted before it is worth nothing after. The
     * session itself, with Vaadin's state in it, stays.
     */
    private static void renewSessionId(Subject subject) {
        if (subject instanceof WebSubject web && web.getServletRequest() instanceof HttpServletRequest request
                && request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    /** A visitor's session ends minutes after the tab closes; a signed-in one lasts the staff timeout. */
    private void keepForStaff(Subject subject) {
        if (subject instanceof WebSubject web && web.getServletRequest() instanceof HttpServletRequest request) {
            request.getSession().setMaxInactiveInterval((int) Math.max(60, staffSessionTimeout.toSeconds()));
        }
    }

    private static String principal() {
        return (String) subject().getPrincipal();
    }

    private static Subject subject() {
        return SecurityUtils.getSubject();
    }
}
