package org.safetyportal.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers a public site sends with every answer, set before anything is written so that error
 * pages carry them too: no framing by other sites, no content sniffing (a JSON error stays JSON
 * even when it quotes a tag), no full addresses leaked to other sites, and a Content-Security-Policy.
 * <p>
 * Vaadin's client engine builds the functions the server sends it with {@code new Function(...)},
 * so its pages need {@code 'unsafe-eval'}, and its bootstrap page holds an inline script, so they
 * need {@code 'unsafe-inline'} too. Everything else (the open-data API, feeds, health, robots,
 * sitemap) runs no script at all and gets a policy that allows none.
 */
class SecurityHeaders extends HttpFilter {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", runsNoScript(request.getRequestURI()) ? DATA_POLICY : PAGE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(request, response);
    }

    static boolean runsNoScript(String path) {
        return path.startsWith("/api/") || path.startsWith("/feeds/") || path.startsWith("/open311/") || path.equals("/health")
                || path.equals("/robots.txt") || path.equals("/sitemap.xml");
    }
}
