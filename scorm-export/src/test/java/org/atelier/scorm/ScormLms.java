package org.atelier.scorm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.atelier.site.Site;
import org.atelier.testing.LocalServer;
import org.atelier.testing.NodePackages;

/**
 * A test LMS on 127.0.0.1: a static page ({@code lms.html}, {@code lms.js}) that creates
 * scorm-again's run-time as {@code window.API} (or {@code API_1484_11}) and frames the package, the
 * configuration that page reads, and a commit endpoint that keeps the last data committed, or
 * refuses commits while told to.
 */
final class ScormLms implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  final LocalServer server = LocalServer.start();
  final AtomicReference<String> lastCommit = new AtomicReference<>();
  final AtomicInteger refuse = new AtomicInteger();
  final AtomicInteger refused = new AtomicInteger();
  private final ScormVersion version;
  private volatile String launch = "index.html";
  private volatile String resumeWith;
  private volatile Map<String, Object> preset;

  ScormLms(Site site, ScormVersion version) throws IOException {
    this.version = version;
    String runtime =
        version == ScormVersion.SCORM_12
            ? "scorm-again/dist/scorm12.min.js"
            : "scorm-again/dist/scorm2004.min.js";
    server.file("/runtime.js", Files.readAllBytes(NodePackages.path(runtime)));
    server.file("/lms.html", resource("lms.html"));
    server.file("/lms.js", resource("lms.js"));
    server.files("/pkg/", site.files());
    server.route("/config.json", this::config);
    server.route("/commit", this::commit);
  }

  /** Serves a new build of the package in place of the old one, as Moodle does on an update. */
  void replacePackage(Site site) {
    server.files("/pkg/", site.files());
  }

  /** The next page load starts from this committed data (as the LMS would on a resumed attempt). */
  void resumeWith(String committed) {
    this.resumeWith = committed;
  }

  /** Values the LMS sets before the SCO starts, e.g. a mastery score, as scorm-again's JSON. */
  void preset(Map<String, Object> values) {
    this.preset = values;
  }

  /** The LMS page framing {@code launch}, a path in the package with its parameters. */
  String url(String launch) {
    this.launch = launch;
    return server.url("/lms.html");
  }

  private void config(HttpExchange exchange) throws IOException {
    ObjectNode config = JSON.createObjectNode();
    config.put("version", version == ScormVersion.SCORM_12 ? "1.2" : "2004");
    config.put("launch", launch);
    if (resumeWith != null) {
      config.set("resume", JSON.readTree(resumeWith));
    }
    if (preset != null) {
      config.set("preset", JSON.valueToTree(preset));
    }
    answer(exchange, 200, "application/json", JSON.writeValueAsBytes(config));
  }

  private void commit(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    ObjectNode result = JSON.createObjectNode();
    int status;
    if (refuse.get() > 0) {
      refuse.decrementAndGet();
      refused.incrementAndGet();
      status = 500;
      result.put("result", false).put("errorCode", 101);
    } else {
      lastCommit.set(body);
      status = 200;
      result.put("result", true).put("errorCode", 0);
    }
    answer(exchange, status, "application/json", JSON.writeValueAsBytes(result));
  }

  private static void answer(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = ScormLms.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
