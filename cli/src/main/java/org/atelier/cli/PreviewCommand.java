package org.atelier.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.atelier.coursefile.CourseFileException;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Course;
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

  /** A Host header naming this machine: any other is a page elsewhere (DNS rebinding). */
  private static final java.util.regex.Pattern LOOPBACK_HOST =
      java.util.regex.Pattern.compile(
          "(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d{1,5})?\\.?",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private Site site;
  private List<Object> rendered;
  private Map<String, Path> media = Map.of();
  private PrintWriter log = new PrintWriter(java.io.Writer.nullWriter());
  private boolean unreadable;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    log = err;
    if (port < 0 || port > 65535) {
      throw Exit.with(
          Exit.USAGE, "--port " + port + " is not a port: give one from 1 to 65535, or none");
    }
    if (!Files.isRegularFile(course)) {
      throw Exit.with(Exit.EXTERNAL, course + ": no such file");
    }
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw Exit.with(Exit.EXTERNAL, "cannot listen on 127.0.0.1:" + port + ": " + Exit.reason(e));
    }
    server.createContext("/", this::serve);
    server.start();
    out.println("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    out.flush();
    console.progress(
        err, "serving " + course + "; reload the page after each edit, Ctrl+C to stop");
    new CountDownLatch(1).await();
    return Exit.DONE.code;
  }

  /**
   * What the rendering depends on: the course file's time and size, and each media file's (or its
   * absence). Throws when the course file cannot be read just now, or is empty after a rendering.
   */
  private List<Object> stamp() throws IOException {
    List<Object> stamp = new java.util.ArrayList<>();
    stamp.add(Files.getLastModifiedTime(course));
    long size = Files.size(course);
    if (size == 0 && site != null) {
      // an editor that saves by emptying the file first: the next look sees it whole
      throw new IOException("it is empty");
    }
    stamp.add(size);
    for (Path file : media.values()) {
      try {
        stamp.add(List.of(file, Files.getLastModifiedTime(file), Files.size(file)));
      } catch (IOException e) {
        stamp.add(List.of(file, "missing"));
      }
    }
    return stamp;
  }

  /**
   * Renders again when the course file or a media file it names has changed. While the course file
   * cannot be read (an editor that saves by renaming), the last rendering is served and the log
   * says so once.
   */
  private synchronized void refresh() {
    List<Object> now;
    try {
      now = stamp();
    } catch (IOException e) {
      if (!unreadable) {
        unreadable = true;
        log.println(
            "atelier preview: "
                + course
                + " cannot be read just now ("
                + Exit.reason(e, course)
                + ")"
                + (site == null ? "" : "; serving the last rendering until it is back"));
        log.flush();
      }
      if (site == null) {
        site = SiteRenderer.problems(name(), course + ": " + Exit.reason(e, course));
      }
      return;
    }
    if (unreadable) {
      unreadable = false;
      log.println("atelier preview: " + course + " is back; rendering it again");
      log.flush();
    }
    if (now.equals(rendered)) {
      return;
    }
    try {
      Course read = CourseFileReader.read(course);
      media = SiteRenderer.mediaFiles(read);
      site = SiteRenderer.render(read, Tracker.local());
    } catch (CourseFileException e) {
      site = SiteRenderer.problems(name(), e.diagnostics());
    } catch (IOException e) {
      site = SiteRenderer.problems(name(), course + ": " + Exit.reason(e, course));
    } catch (UncheckedIOException e) {
      // a media file removed since the course was read: say so on the page, keep serving
      site = SiteRenderer.problems(name(), e.getMessage() + ": " + Exit.reason(e.getCause()));
    }
    try {
      rendered = stamp();
    } catch (IOException e) {
      rendered = null;
    }
  }

  /** The course file's name, as the problems page heads it. */
  private String name() {
    return course.getFileName().toString();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String host = exchange.getRequestHeaders().getFirst("Host");
      if (host == null || !LOOPBACK_HOST.matcher(host.strip()).matches()) {
        refuse(exchange, 421, "This preview answers only to 127.0.0.1 and localhost.\n");
        return;
      }
      String method = exchange.getRequestMethod();
      boolean head = "HEAD".equals(method);
      if (!head && !"GET".equals(method)) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        refuse(exchange, 405, "The preview only serves pages: GET or HEAD.\n");
        return;
      }
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
      exchange.sendResponseHeaders(status, body.length == 0 || head ? -1 : body.length);
      if (body.length > 0 && !head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static void refuse(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
