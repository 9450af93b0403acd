package org.atelier.scorm;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.atelier.site.Site;
import org.atelier.testing.LocalServer;
import org.atelier.testing.NodePackages;

/**
 * A test LMS on 127.0.0.1: a page that creates scorm-again's run-time as {@code window.API} (or
 * {@code API_1484_11}) and frames the package, and a commit endpoint that keeps the last data
 * committed, or refuses commits while told to.
 */
final class ScormLms implements AutoCloseable {
  final LocalServer server = LocalServer.start();
  final AtomicReference<String> lastCommit = new AtomicReference<>();
  final AtomicInteger refuse = new AtomicInteger();
  final AtomicInteger refused = new AtomicInteger();
  private final boolean v12;
  private volatile String resumeWith;

  ScormLms(Site site, boolean v12) throws IOException {
    this.v12 = v12;
    String runtime = v12 ? "scorm-again/dist/scorm12.min.js" : "scorm-again/dist/scorm2004.min.js";
    server.file("/runtime.js", Files.readAllBytes(NodePackages.path(runtime)));
    server.files("/pkg/", site.files());
    server.route("/lms.html", this::page);
    server.route("/commit", this::commit);
  }

  /** The next page load starts from this committed data (as the LMS would on a resumed attempt). */
  void resumeWith(String committed) {
    this.resumeWith = committed;
  }

  String url(String launch) {
    return server.url(
        "/lms.html?launch=" + java.net.URLEncoder.encode(launch, StandardCharsets.UTF_8));
  }

  private void page(HttpExchange exchange) throws IOException {
    String launch = exchange.getRequestURI().getQuery().replaceFirst("^launch=", "");
    launch = java.net.URLDecoder.decode(launch, StandardCharsets.UTF_8);
    String api = v12 ? "API" : "API_1484_11";
    String constructor = v12 ? "Scorm12API" : "Scorm2004API";
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Test LMS</title>"
            + "<script src=\"/runtime.js\"></script><script>"
            + "window."
            + api
            + " = new "
            + constructor
            + "({lmsCommitUrl: '/commit', autocommit: false, logLevel: 5, dataCommitFormat: 'json'});"
            + (resumeWith == null
                ? ""
                : "window." + api + ".loadFromJSON(" + resumeWith + ".cmi, '');")
            + "</script></head><body><main><iframe id=\"sco\" title=\"Course\" style=\"width:100%;height:900px\" src=\"/pkg/"
            + launch
            + "\"></iframe></main></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private void commit(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    byte[] answer;
    int status;
    if (refuse.get() > 0) {
      refuse.decrementAndGet();
      refused.incrementAndGet();
      status = 500;
      answer = "{\"result\": false, \"errorCode\": 101}".getBytes(StandardCharsets.UTF_8);
    } else {
      lastCommit.set(body);
      status = 200;
      answer = "{\"result\": true, \"errorCode\": 0}".getBytes(StandardCharsets.UTF_8);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
