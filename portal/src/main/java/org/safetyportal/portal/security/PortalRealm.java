package org.safetyportal.portal.security;

import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.account.SignInThrottle;

/**
 * Reads staff accounts through {@link AccountService}. Wrong passwords are counted here, where the
 * password is checked, so that every way of signing in is protected by the same {@link SignInThrottle}.
 * An unknown name and a wrong password take the same path (a password check against a hash that
 * matches nothing), so neither the answer nor its timing tells whether a name exists; whether an
 * account is disabled is told only to someone who knows its password.
 */
@Singleton
public class PortalRealm extends AuthorizingRealm {

    private final AccountService accounts;
    private final SignInThrottle throttle;
    /** The hash of a random password nobody knows, checked for names that have no account. */
    private final String noAccountHash;

    PortalRealm(AccountService accounts, SignInThrottle throttle, ShiroPasswordHasher hasher) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.noAccountHash = hasher.hash(UUID.randomUUID().toString());
        PasswordMatcher matcher = new PasswordMatcher();
        matcher.setPasswordService(hasher.passwordService());
        setCredentialsMatcher(matcher);
        setName("portal");
        // Roles change in the admin UI; read them fresh rather than from a stale cache.
        setAuthorizationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken attempt = (UsernamePasswordToken) token;
        if (throttle.lockedUntil(attempt.getUsername(), attempt.getHost()).isPresent()) {
            throw new ExcessiveAttemptsException();
        }
        return accounts.loginCredentials(attempt.getUsername())
                .map(credentials -> new Account(credentials.username(), credentials.passwordHash(), credentials.enabled(), getName()))
                .orElseGet(() -> new Account(attempt.getUsername(), noAccountHash, false, getName()));
    }

    @Override
    protected void assertCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) throws AuthenticationException {
        UsernamePasswordToken attempt = (UsernamePasswordToken) token;
        Account account = (Account) info;
        try {
            super.assertCredentialsMatch(token, info);
        } catch (IncorrectCredentialsException wrongPassword) {
            if (throttle.recordFailure(attempt.getUsername(), attempt.getHost()).isPresent()) {
                throw new ExcessiveAttemptsException();
            }
            throw wrongPassword;
        }
        if (!account.enabled) {
            throw new DisabledAccountException();
        }
        throttle.recordSuccess(attempt.getUsername(), attempt.getHost());
        accounts.recordSuccessfulLogin(account.username);
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        Actor actor = accounts.actor((String) getAvailablePrincipal(principals));
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        for (RoleGrant grant : actor.grants()) {
            info.addRole(grant.roleCode());
            info.addStringPermissions(actor.permissionsByRole().getOrDefault(grant.roleCode(), Set.of()));
        }
        return info;
    }

    /** What the password check needs, and whether the account may sign in once the password matched. */
    private static final class Account extends SimpleAuthenticationInfo {

        private final String username;
        private final boolean enabled;

        Account(String username, String passwordHash, boolean enabled, String realmName) {
            super(username, passwordHash, realmName);
            this.username = username;
            this.enabled = enabled;
        }
    }
}
