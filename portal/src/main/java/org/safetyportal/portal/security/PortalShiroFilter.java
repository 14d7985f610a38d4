package org.safetyportal.portal.security;

import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.servlet.AbstractShiroFilter;

/**
 * Binds the Shiro subject to every request (Vaadin's and Micronaut's alike). Access rules are not
 * configured here: Vaadin navigation is guarded by {@link NavigationGuard}, the API by its controllers.
 * Not a bean: Micronaut registers every Filter bean itself, in an order of its own.
 */
public class PortalShiroFilter extends AbstractShiroFilter {

    public PortalShiroFilter(PortalRealm realm) {
        DefaultWebSecurityManager securityManager = new DefaultWebSecurityManager(realm);
        setSecurityManager(securityManager);
        // Shiro would otherwise keep a second, static SecurityManager; one is enough and testable.
        setStaticSecurityManagerEnabled(false);
    }
}
