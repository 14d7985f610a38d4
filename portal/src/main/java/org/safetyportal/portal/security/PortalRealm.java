package org.safetyportal.portal.security;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.LoginCredentials;
import org.safetyportal.content.account.RoleGrant;

/**
 * Reads staff accounts through {@link AccountService}. Wrong passwords are counted here, where the
 * password is checked, so that every way of signing in is protected by the same lock.
 */
@Singleton
public class PortalRealm extends AuthorizingRealm {

    private final AccountService accounts;
    private final Clock clock;

    PortalRealm(AccountService accounts, Clock clock, ShiroPasswordHasher hasher) {
        this.accounts = accounts;
        this.clock = clock;
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
        String username = ((UsernamePasswordToken) token).getUsername();
        LoginCredentials credentials = accounts.loginCredentials(username)
                .orElseThrow(UnknownAccountException::new);
        if (!credentials.enabled()) {
            throw new DisabledAccountException();
        }
        if (credentials.isLockedAt(clock.instant())) {
            throw new LockedAccountException();
        }
        return new SimpleAuthenticationInfo(credentials.username(), credentials.passwordHash(), getName());
    }

    @Override
    protected void assertCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) throws AuthenticationException {
        String username = (String) info.getPrincipals().getPrimaryPrincipal();
        try {
            super.assertCredentialsMatch(token, info);
        } catch (IncorrectCredentialsException wrongPassword) {
            if (accounts.recordFailedLogin(username)) {
                throw new ExcessiveAttemptsException();
            }
            throw wrongPassword;
        }
        accounts.recordSuccessfulLogin(username);
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
}
