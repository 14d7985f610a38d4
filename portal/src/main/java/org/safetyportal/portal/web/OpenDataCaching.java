package org.safetyportal.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HTTP caching for public GETs of open data and feeds: a strong ETag from the SHA-256 of the body
 * (unless the answer set one itself), {@code Cache-Control: public, max-age=60}, and 304 Not
 * Modified when the client already holds that body. Journalists' tools can poll cheaply.
 */
class OpenDataCaching extends HttpFilter {

    private static final String CACHE_CONTROL = "public, max-age=60";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        buffered.flushBuffer();
        byte[] body = buffered.body();
        if (buffered.getStatus() != HttpServletResponse.SC_OK) {
            response.getOutputStream().write(body);
            return;
        }
        String etag = response.getHeader("ETag");
        if (etag == null) {
            etag = "\"" + sha256(body) + "\"";
            response.setHeader("ETag", etag);
        }
        if (response.getHeader("Cache-Control") == null) {
            response.setHeader("Cache-Control", CACHE_CONTROL);
        }
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
