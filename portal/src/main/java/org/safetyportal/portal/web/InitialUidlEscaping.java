package org.safetyportal.portal.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The first load of a page carries the result of its server-side navigation as JSON inside an inline
 * script ({@code window.Vaadin.TypeScript= {...}}), and Vaadin writes that JSON as it is. Whatever a
 * view shows from the address (a code in the path, a search text) is in it, so an address holding
 * {@code </script><script>…} would end the script and start another. This filter finds that JSON
 * (by parsing it, so a {@code </script>} inside a string cannot fool it) and writes {@code <}, {@code >}
 * and {@code &} in it as JSON escapes, which mean the same to the script and nothing to the HTML parser.
 */
class InitialUidlEscaping extends HttpFilter {

    static final String MARKER = "window.Vaadin.TypeScript= ";
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isPageLoad(request)) {
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        buffered.flushBuffer();
        byte[] body = buffered.body();
        String type = buffered.getContentType();
        if (type != null && type.startsWith("text/html")) {
            body = escape(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        if (!response.isCommitted()) {
            response.setContentLength(body.length);
        }
        response.getOutputStream().write(body);
    }

    /** A page's first load; not Vaadin's own requests, static files, the API or feeds. */
    static boolean isPageLoad(HttpServletRequest request) {
        String path = request.getRequestURI();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null && !last.contains(".")
                && !path.startsWith("/VAADIN/") && !path.startsWith("/api/") && !path.startsWith("/feeds/")
                && !path.equals("/health") && !path.startsWith("/HEARTBEAT");
    }

    static String escape(String html) {
        int marker = html.indexOf(MARKER);
        if (marker < 0) {
            return html;
        }
        int start = marker + MARKER.length();
        int end = start + jsonLength(html.substring(start));
        String json = html.substring(start, end)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        return html.substring(0, start) + json + html.substring(end);
    }

    /** The length of the one JSON value at the start of the text. */
    private static int jsonLength(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            parser.nextToken();
            parser.skipChildren();
            return (int) parser.currentLocation().getCharOffset();
        } catch (IOException e) {
            throw new UncheckedIOException("Vaadin's initial UIDL is no JSON", e);
        }
    }
}
