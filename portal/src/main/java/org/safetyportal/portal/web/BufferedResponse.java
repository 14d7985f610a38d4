package org.safetyportal.portal.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Holds the body back so that headers can still be set, or the body changed, once it is known. */
final class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final ServletOutputStream stream = new ServletOutputStream() {
        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("Buffered responses are written synchronously");
        }

        @Override
        public void write(int b) {
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
        }
    };
    private PrintWriter writer;
    private final Set<String> headerNames = new LinkedHashSet<>();

    BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setHeader(String name, String value) {
        headerNames.add(name.toLowerCase(Locale.ROOT));
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        headerNames.add(name.toLowerCase(Locale.ROOT));
        super.addHeader(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        headerNames.add(name.toLowerCase(Locale.ROOT));
        super.setIntHeader(name, value);
    }

    @Override
    public void addIntHeader(String name, int value) {
        headerNames.add(name.toLowerCase(Locale.ROOT));
        super.addIntHeader(name, value);
    }

    @Override
    public void setDateHeader(String name, long value) {
        headerNames.add(name.toLowerCase(Locale.ROOT));
        super.setDateHeader(name, value);
    }

    @Override
    public void addDateHeader(String name, long value) {
        headerNames.add(name.toLowerCase(Locale.ROOT));
        super.addDateHeader(name, value);
    }

    @Override
    public void addCookie(Cookie cookie) {
        headerNames.add("set-cookie");
        super.addCookie(cookie);
    }

    /** The names of the headers the application set through this wrapper, in lower case. */
    Set<String> headerNames() {
        return headerNames;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(stream, Charset.forName(encoding)));
        }
        return writer;
    }

    @Override
    public void setContentLength(int len) {
        // the real length is set once the whole body is known
    }

    @Override
    public void setContentLengthLong(long len) {
        // the real length is set once the whole body is known
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    byte[] body() {
        return buffer.toByteArray();
    }
}
