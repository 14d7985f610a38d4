package org.safetyportal.portal.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The ceiling: the same bytes as an open-data answer, served from memory by the JDK's plain HTTP server
 * in the benchmark's own process on loopback. What the portal does beyond sending bytes is what it
 * costs under the ceiling.
 */
final class StaticCeiling implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;

    StaticCeiling(byte[] body, String contentType) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        threads = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        server.setExecutor(threads);
        server.createContext("/static", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.getResponseHeaders().add("Cache-Control", "public, max-age=60");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/static";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
