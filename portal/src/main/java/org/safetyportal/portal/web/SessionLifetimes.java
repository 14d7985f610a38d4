package org.safetyportal.portal.web;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;

/**
 * How long a session lives without a request. A visitor who never signs in needs a session only while a
 * tab is open: Vaadin's heartbeat keeps it alive every third of the visitor timeout, so a closed tab's
 * session ends a few minutes later instead of holding its component tree for the staff timeout. Signing
 * in gives the session the staff timeout ({@code PORTAL_SESSION_TIMEOUT}), set where the sign-in happens.
 */
public final class SessionLifetimes implements HttpSessionListener {

    private final Duration visitor;

    public SessionLifetimes(Duration visitor) {
        this.visitor = visitor;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(seconds(visitor));
    }

    /** Vaadin's heartbeat interval in seconds: three heartbeats fit into a visitor's timeout. */
    public int heartbeatSeconds() {
        return Math.max(10, seconds(visitor) / 3);
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(60, duration.toSeconds());
    }
}
