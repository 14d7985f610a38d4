package org.safetyportal.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.safetyportal.content.ledger.PublicationHead;
import org.safetyportal.portal.i18n.LanguageFilter;

/**
 * HTTP caching for public GETs of open data and feeds: a strong ETag from the SHA-256 of the body
 * (unless the answer set one itself), {@code Cache-Control: public, max-age=60}, and 304 Not
 * Modified when the client already holds that body. Journalists' tools can poll cheaply.
 *
 * <p>Every public answer changes only when the publication ledger grows (or the day turns, for
 * states such as overdue that are derived from the date), so each answer is computed once per
 * ledger head and day and served from memory with its ETag and a gzip copy, made once with it
 * ({@code Content-Encoding: gzip} when the client accepts it, {@code Vary: Accept-Encoding}). The
 * head moves at once for appends on this node and within a second for appends of other nodes
 * ({@link PublicationHead}); answers of older heads are dropped then. Answers that set a cookie or
 * are not 200 are never kept.
 */
class OpenDataCaching extends HttpFilter {

    private static final String CACHE_CONTROL = "public, max-age=60";
    /** Bodies and their gzip copies held at most, in bytes. */
    private static final long MAXIMUM_BYTES = 64L * 1024 * 1024;
    /** Smaller bodies fit in a packet or two anyway; compressing them buys nothing. */
    private static final int SMALLEST_GZIPPED = 512;
    private static final String GZIP_SUFFIX = "-gzip";

    private final PublicationHead head;
    private final Clock clock;
    private final Cache<AnswerKey, Answer> answers = Caffeine.newBuilder()
            .maximumWeight(MAXIMUM_BYTES)
            .weigher((AnswerKey key, Answer answer) -> answer.weight())
            .build();
    private volatile long newestHead = -1;

    OpenDataCaching(PublicationHead head, Clock clock) {
        this.head = head;
        this.clock = clock;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        AnswerKey key;
        try {
            key = keyOf(request);
        } catch (RuntimeException headUnreadable) {
            // Without the ledger's head nothing can be kept or served from memory; the answer itself then
            // reports the failure the API's way (an error id, no SQL) instead of the container's page.
            chain.doFilter(request, response);
            return;
        }
        Answer answer = answers.getIfPresent(key);
        if (answer != null) {
            answer.headers().forEach((name, values) -> {
                response.setHeader(name, values.get(0));
                values.stream().skip(1).forEach(value -> response.addHeader(name, value));
            });
            response.setContentType(answer.contentType());
        } else {
            BufferedResponse buffered = new BufferedResponse(response);
            chain.doFilter(request, buffered);
            buffered.flushBuffer();
            byte[] body = buffered.body();
            if (buffered.getStatus() != HttpServletResponse.SC_OK) {
                response.getOutputStream().write(body);
                return;
            }
            answer = Answer.of(response, buffered.headerNames(), body);
            if (!buffered.headerNames().contains("set-cookie")) {
                answers.put(key, answer);
            }
        }
        serve(request, response, answer);
    }

    private AnswerKey keyOf(HttpServletRequest request) {
        long at = head.current();
        if (at != newestHead) {
            newestHead = at;
            answers.asMap().keySet().removeIf(old -> old.head() != at);
        }
        String query = request.getQueryString();
        return new AnswerKey(at, LocalDate.now(clock), request.getRequestURI() + (query == null ? "" : "?" + query),
                languageCookie(request));
    }

    private static void serve(HttpServletRequest request, HttpServletResponse response, Answer answer) throws IOException {
        boolean gzip = answer.gzipped() != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        if (answer.gzipped() != null) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        String etag = gzip ? answer.gzipEtag() : answer.etag();
        response.setHeader("ETag", etag);
        if (response.getHeader("Cache-Control") == null) {
            response.setHeader("Cache-Control", CACHE_CONTROL);
        }
        if (matches(request.getHeader("If-None-Match"), answer)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        byte[] body = gzip ? answer.gzipped() : answer.body();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Either encoding's tag names the same content: a client that holds one need not fetch the other.
     * If-None-Match compares weakly (RFC 9110), so a {@code W/} on either side does not matter.
     */
    private static boolean matches(String ifNoneMatch, Answer answer) {
        if (ifNoneMatch == null) {
            return false;
        }
        String etag = opaque(answer.etag());
        String gzipEtag = opaque(answer.gzipEtag());
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = opaque(tag.trim());
            if (candidate.equals("*") || candidate.equals(etag) || candidate.equals(gzipEtag)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim().replace(" ", "");
                if (parameter.startsWith("q=")) {
                    refused = parameter.substring(2).matches("0(\\.0*)?");
                }
            }
            return !refused;
        }
        return false;
    }

    private static String languageCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return "";
        }
        for (Cookie cookie : request.getCookies()) {
            if (LanguageFilter.COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return "";
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** One answer at one head and day: {@code path} holds the query string too. */
    private record AnswerKey(long head, LocalDate day, String path, String language) {
    }

    /** A 200 answer as sent: the headers the application set, the body, its tag, and a gzip copy when it pays. */
    private record Answer(Map<String, List<String>> headers, String contentType, byte[] body, String etag,
            byte[] gzipped, String gzipEtag) {

        static Answer of(HttpServletResponse response, Set<String> headerNames, byte[] body) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : headerNames) {
                if (!UNKEPT_HEADERS.contains(name)) {
                    List<String> values = List.copyOf(response.getHeaders(name));
                    if (!values.isEmpty()) {
                        headers.put(name, values);
                    }
                }
            }
            String etag = response.getHeader("ETag");
            if (etag == null) {
                etag = "\"" + sha256(body) + "\"";
            }
            byte[] gzipped = null;
            if (body.length >= SMALLEST_GZIPPED && response.getHeader("Content-Encoding") == null) {
                byte[] copy = gzip(body);
                gzipped = copy.length < body.length ? copy : null;
            }
            String gzipEtag = etag.endsWith("\"") ? etag.substring(0, etag.length() - 1) + GZIP_SUFFIX + "\"" : etag + GZIP_SUFFIX;
            return new Answer(Map.copyOf(headers), response.getContentType(), body, etag, gzipped, gzipEtag);
        }

        int weight() {
            return body.length + (gzipped == null ? 0 : gzipped.length) + 512;
        }
    }

    /** Set here or by the server for each answer, never replayed from memory. */
    private static final Set<String> UNKEPT_HEADERS = Set.of("etag", "content-length", "content-type",
            "content-encoding", "transfer-encoding", "set-cookie", "date", "vary");
}
