package org.safetyportal.portal.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * Signs out staff who have done nothing for {@code PORTAL_SESSION_TIMEOUT}, even while their tab is open.
 * Vaadin's heartbeat keeps a session alive as long as the tab is open, which a visitor reading a long page
 * needs; for a signed-in account an open, unattended tab must not stay signed in forever, so heartbeats do
 * not count as activity here. Runs inside the Shiro filter, where the subject is bound. Not a bean:
 * Micronaut would register it itself, in an order of its own.
 */
public final class StaffIdleTimeout implements Filter {

    private static final String LAST_ACTIVITY = StaffIdleTimeout.class.getName() + ".lastActivity";

    private final Duration timeout;
    private final Clock clock;

    public StaffIdleTimeout(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            HttpSession session = http.getSession(false);
            Subject subject = SecurityUtils.getSubject();
            if (session != null && subject.isAuthenticated()) {
                long now = clock.millis();
                Object last = session.getAttribute(LAST_ACTIVITY);
                if (last instanceof Long since && now - since > timeout.toMillis()) {
                    subject.logout();
                } else if (last == null || !isHeartbeat(http)) {
                    session.setAttribute(LAST_ACTIVITY, now);
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}
