package org.safetyportal.portal.ui.reports;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.safetyportal.reporting.intake.IntakeSource;

/**
 * The browser's device mark for report limits: a random cookie, set with the first report, that says
 * nothing about the visitor and is kept on the server only as a keyed digest. A browser that refuses
 * cookies is counted by its address alone.
 */
final class DeviceMark {

    static final String COOKIE = "sp-device";
    private static final int BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceMark() {
    }

    /** Where the report being sent comes from; gives the browser a mark when it has none yet. */
    static IntakeSource sourceOf(VaadinRequest request, VaadinResponse response) {
        if (request == null) {
            return new IntakeSource(null, null);
        }
        String mark = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches("[0-9a-f]{32}"))
                .map(Cookie::getValue).findFirst().orElse(null);
        if (mark == null && response != null) {
            byte[] bytes = new byte[BYTES];
            RANDOM.nextBytes(bytes);
            mark = HexFormat.of().formatHex(bytes);
            Cookie cookie = new Cookie(COOKIE, mark);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            cookie.setSecure(request.isSecure());
            response.addCookie(cookie);
        }
        return new IntakeSource(request.getRemoteAddr(), mark);
    }
}
