package org.safetyportal.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A HEAD request is answered by the very code that answers the GET, so that its headers (ETag,
 * Cache-Control, Content-Type, Content-Length) are the same; Tomcat itself drops the body of an
 * answer to HEAD. Without this, Micronaut and the caching filter treat HEAD as a method of its own.
 */
class HeadAsGet extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        }, response);
    }
}
