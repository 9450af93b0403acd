package org.atelier.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.atelier.site.Site;
import org.atelier.site.SiteRenderer;
import org.atelier.site.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atelier preview COURSE}: serves the course's site on 127.0.0.1 and renders it again
 * whenever the course file has changed, so that a designer sees each edit on reload. A file with
 * problems shows them as a page instead.
 */
@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the course on 127.0.0.1 and print its address; reload the page after each edit.",
      "Stop with Ctrl+C."
    },
    footer = {"%nExample:%n  atelier preview examples/cafe-ia/course.yaml --port 8080"})
final class PreviewCommand implements Callable<Integer> {

  @Parameters(paramLabel = "COURSE", description = "the course file (YAML or JSON)")
  Path course;

  @Option(
      names = {"-p", "--port"},
      defaultValue = "0",
      description = "the port (default: a free one)")
  int port;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin Console console;

  private Site site;
  private FileTime rendered;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw Exit.with(
          Exit.USAGE, "--port " + port + " is not a port: give one from 1 to 65535, or none");
    }
    if (!Files.isRegularFile(course)) {
      err.println("atelier preview: " + course + ": no such file");
      return Main.EXTERNAL;
    }
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      err.println("atelier preview: cannot listen on 127.0.0.1:" + port + ": " + Exit.reason(e));
      return Main.EXTERNAL;
    }
    server.createContext("/", this::serve);
    server.start();
    out.println("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    out.flush();
    console.progress(
        err, "serving " + course + "; reload the page after each edit, Ctrl+C to stop");
    new CountDownLatch(1).await();
    return 0;
  }

  /** Renders again when the course file is newer than the last rendering. */
  private synchronized void refresh() throws IOException {
    FileTime modified = Files.getLastModifiedTime(course);
    if (modified.equals(rendered)) {
      return;
    }
    rendered = modified;
    StringWriter messages = new StringWriter();
    CourseLoader.Loaded loaded = CourseLoader.load(course, new PrintWriter(messages));
    try {
      site =
          loaded.course() == null
              ? problems(messages.toString().lines().toList())
              : SiteRenderer.render(loaded.course(), Tracker.local());
    } catch (UncheckedIOException e) {
      // a media file removed since the course was read: say so on the page, keep serving
      site = problems(List.of(e.getMessage() + ": " + e.getCause().getMessage()));
    }
  }

  private Site problems(List<String> lines) {
    // the lines carry a terminal's colours when stderr is one; a page has no use for them
    return SiteRenderer.problems(
        course.getFileName().toString(),
        lines.stream().map(line -> line.replaceAll("\u001B\\[[;\\d]*m", "")).toList());
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      refresh();
      String path = exchange.getRequestURI().getPath().substring(1);
      path = path.isEmpty() ? "index.html" : path;
      byte[] body = site.file(path);
      int status = 200;
      if (body == null) {
        body = new byte[0];
        status = 404;
      }
      exchange.getResponseHeaders().set("Content-Type", Site.contentType(path));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }
}
