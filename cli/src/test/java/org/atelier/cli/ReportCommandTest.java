package org.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.atelier.cli.ValidateCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atelier report}: what it writes, and how it fails. */
class ReportCommandTest {
  private static final Path ROOT = Path.of(System.getProperty("atelier.root", ".."));
  private static final String COURSE = ROOT.resolve("examples/cafe-ia/course.yaml").toString();
  private static final String GROUP =
      ROOT.resolve("xapi-export/src/test/resources/org/atelier/report/group.jsonl").toString();

  private static Run run(String... args) {
    return ValidateCommandTest.run(args);
  }

  /** A server that answers every request with {@code status} and {@code body}. */
  private static HttpServer answering(int status, String type, String body) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static String endpoint(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/";
  }

  @Test
  void fromAStatementFileWritesEveryFileAndSaysWhatItCouldNotCount(@TempDir Path dir) {
    Run r = run("report", COURSE, "--statements", GROUP, "--out", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().map(l -> Path.of(l).getFileName().toString()))
        .containsExactly(
            "report.html", "learners.csv", "activities.csv", "answers.csv", "report.json");
    assertThat(r.err()).contains("3 statement(s) could not be understood");
    assertThat(r.err()).contains("read 14 statements");
  }

  @Test
  void aFileThatIsNoExportIsBadInput(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("export.json"), "<html>");
    Run r = run("report", COURSE, "--statements", page.toString(), "--out", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).contains("not a statement export").doesNotContain("Exception");
    assertThat(dir.resolve("report.html")).doesNotExist();
  }

  @Test
  void aPipeIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("export.json");
    int made = -1;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    } catch (IOException e) {
      // no mkfifo here
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(made == 0, "a system with mkfifo");
    Path out = dir.resolve("rapport");
    Run r =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(10),
            () -> run("report", COURSE, "--statements", fifo.toString(), "--out", out.toString()));
    assertThat(r.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).contains("export.json: not a regular file");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnreachableLrsIsAnExternalFailure(@TempDir Path dir) {
    Run r = run("report", COURSE, "--lrs", "http://127.0.0.1:9/xapi/", "--out", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.EXTERNAL);
    assertThat(r.err()).contains("cannot reach the LRS").contains("Check the address");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void refusedCredentialsAreAnExternalFailureAndNeverShown(@TempDir Path dir) throws Exception {
    HttpServer lrs = answering(401, "text/plain", "no");
    try {
      Path login = Files.writeString(dir.resolve("lrs.txt"), "trainer:s3cr3t-value\n");
      Run r =
          run(
              "report",
              COURSE,
              "--lrs",
              endpoint(lrs),
              "--credentials",
              login.toString(),
              "--out",
              dir.toString());
      assertThat(r.exit()).isEqualTo(Main.EXTERNAL);
      assertThat(r.err()).contains("refused the credentials").contains("ATELIER_LRS_USERNAME");
      assertThat(r.out() + r.err()).doesNotContain("s3cr3t-value");
    } finally {
      lrs.stop(0);
    }
  }

  @Test
  void aServerThatIsNoLrsIsAnExternalFailure(@TempDir Path dir) throws Exception {
    HttpServer web = answering(200, "text/html", "<!doctype html><p>Welcome</p>");
    try {
      Run r = run("report", COURSE, "--lrs", endpoint(web), "--out", dir.toString());
      assertThat(r.exit()).isEqualTo(Main.EXTERNAL);
      assertThat(r.err()).contains("LRS").doesNotContain("\tat ");
    } finally {
      web.stop(0);
    }
  }

  @Test
  void oneSourceIsNeeded(@TempDir Path dir) {
    Run r = run("report", COURSE, "--out", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--lrs URL or --statements FILE");
  }

  @Test
  void bothSourcesAreAUsageError(@TempDir Path dir) {
    Run r =
        run(
            "report",
            COURSE,
            "--lrs",
            "http://127.0.0.1:9/xapi/",
            "--statements",
            GROUP,
            "--out",
            dir.toString());
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--lrs").contains("--statements").contains("exclusive");
    assertThat(dir.resolve("report.html")).doesNotExist();
  }
}
