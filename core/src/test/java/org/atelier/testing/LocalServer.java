package org.atelier.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A small HTTP server on 127.0.0.1 for browser tests: static files from a folder or from memory,
 * and routes a test programs (an LMS's commit endpoint, a launching LMS).
 */
public final class LocalServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
  private volatile Path folder;

  private LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  /** A server with nothing to serve yet. */
  public static LocalServer start() {
    try {
      return new LocalServer();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a loopback server", e);
    }
  }

  /** Serves the files of {@code folder} below {@code /}. */
  public LocalServer serve(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
    return this;
  }

  /** Serves {@code content} at {@code path} (starting with /). */
  public LocalServer file(String path, byte[] content) {
    files.put(path, content);
    return this;
  }

  /**
   * Serves each entry of {@code content}, keyed by path without the leading slash, below {@code
   * prefix}.
   */
  public LocalServer files(String prefix, Map<String, byte[]> content) {
    content.forEach((path, bytes) -> files.put(prefix + path, bytes));
    return this;
  }

  /** Answers requests for {@code path} (exact, starting with /) with {@code handler}. */
  public LocalServer route(String path, HttpHandler handler) {
    routes.put(path, handler);
    return this;
  }

  /** The full address of {@code path} on this server. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      HttpHandler route = routes.get(path);
      if (route != null) {
        route.handle(exchange);
        return;
      }
      byte[] body = files.get(path);
      if (body == null && folder != null) {
        Path file = folder.resolve(path.substring(1)).normalize();
        if (file.startsWith(folder) && Files.isRegularFile(file)) {
          body = Files.readAllBytes(file);
        }
      }
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", org.atelier.site.Site.contentType(path));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
