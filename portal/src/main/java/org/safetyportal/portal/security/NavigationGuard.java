package org.safetyportal.portal.security;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Guards every navigation in one place: a session whose account has been disabled since it signed
 * in is ended (whatever page it asks for); a view the visitor may not enter
 * ({@link AccessControl#mayEnter}) sends one who is not signed in to the login page (to come back
 * afterwards), and anyone else to the 403 page.
 */
@Singleton
class NavigationGuard implements VaadinServiceInitListener {

    private final AccessControl accessControl;

    NavigationGuard(AccessControl accessControl) {
        this.accessControl = accessControl;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (accessControl.isSignedInToDisabledAccount()) {
            SessionEnd.forDisabledAccount(accessControl, event.getUI());
        }
        Class<?> target = event.getNavigationTarget();
        if (HasErrorParameter.class.isAssignableFrom(target) || accessControl.mayEnter(target)) {
            return;
        }
        if (target.isAnnotationPresent(RequiresPermission.class) && !accessControl.isSignedIn()) {
            String back = event.getLocation().getPathWithQueryParameters();
            event.forwardTo(SignInAddress.ROUTE, QueryParameters.simple(Map.of(SignInAddress.RETURN_TO, back)));
        } else {
            event.rerouteToError(AccessDeniedException.class, target.getSimpleName());
        }
    }
}
