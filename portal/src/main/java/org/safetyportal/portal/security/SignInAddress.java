package org.safetyportal.portal.security;

/**
 * The address of the staff sign-in page, where the navigation guard sends a visitor who must sign in
 * first and where a session the portal ended shows why. The page itself is a view; the guard only
 * needs to know where it is.
 */
public final class SignInAddress {

    public static final String ROUTE = "login";
    /** The page to come back to once signed in. */
    public static final String RETURN_TO = "next";
    /** Set when the portal ended the session; its value says why (a message key suffix). */
    public static final String ENDED = "ended";
    public static final String ENDED_DISABLED = "disabled";

    private SignInAddress() {
    }

    /** Where a session ended because its account was disabled goes: the sign-in page, with the reason shown. */
    public static String endedBecauseDisabled() {
        return "/" + ROUTE + "?" + ENDED + "=" + ENDED_DISABLED;
    }
}
