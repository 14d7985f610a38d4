package org.safetyportal.portal.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.safetyportal.i18n.SupportedLocales;

/**
 * Decides each request's language: {@code ?lang=en} (remembered in a cookie for a year), else the
 * cookie, else Chinese. The choice is left on the request for Vaadin and the HTTP API to read.
 * Not a bean: Micronaut registers every Filter bean itself, in an order of its own.
 */
public class LanguageFilter extends HttpFilter {

    public static final String COOKIE = "portal_lang";
    public static final String PARAMETER = "lang";
    private static final String ATTRIBUTE = LanguageFilter.class.getName() + ".locale";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Locale> requested = SupportedLocales.fromTag(request.getParameter(PARAMETER));
        requested.ifPresent(locale -> {
            Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        });
        request.setAttribute(ATTRIBUTE, requested.orElseGet(() -> fromCookie(request.getCookies())));
        chain.doFilter(request, response);
    }

    /** The language chosen for this request (set by this filter), or the default. */
    public static Locale localeOf(HttpServletRequest request) {
        Object locale = request.getAttribute(ATTRIBUTE);
        return locale instanceof Locale chosen ? chosen : fromCookie(request.getCookies());
    }

    static Locale fromCookie(Cookie[] cookies) {
        if (cookies == null) {
            return SupportedLocales.DEFAULT;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> SupportedLocales.fromTag(cookie.getValue()))
                .orElse(SupportedLocales.DEFAULT);
    }
}
