package org.safetyportal.portal.security;

import com.vaadin.flow.component.UI;

/**
 * Ends the session of an account that was disabled while it was signed in: signs out and loads the
 * login page, which says why. The same full load as an ordinary sign-out, so no view of the old
 * session stays on screen.
 */
public final class SessionEnd {

    private SessionEnd() {
    }

    public static void forDisabledAccount(AccessControl accessControl, UI ui) {
        accessControl.signOut();
        ui.getPage().setLocation(SignInAddress.endedBecauseDisabled());
    }
}
