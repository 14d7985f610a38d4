package org.safetyportal.portal.security;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Map;
import org.safetyportal.portal.ui.login.LoginView;

/**
 * Guards every navigation in one place: a session whose account has been disabled since it signed
 * in is ended (whatever page it asks for); a view marked {@link RequiresPermission} sends a visitor
 * who is not signed in to the login page (to come back afterwards), and one who lacks the
 * permission to the 403 page.
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
        RequiresPermission required = event.getNavigationTarget().getAnnotation(RequiresPermission.class);
        if (required == null) {
            return;
        }
        if (!accessControl.isSignedIn()) {
            String back = event.getLocation().getPathWithQueryParameters();
            event.forwardTo(LoginView.ROUTE, QueryParameters.simple(Map.of(LoginView.RETURN_TO, back)));
        } else if (Arrays.stream(required.value()).noneMatch(accessControl::isPermitted)) {
            event.rerouteToError(AccessDeniedException.class, String.join(",", required.value()));
        }
    }
}
