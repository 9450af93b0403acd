package org.atelier.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.atelier.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example course built into every format, as the README's first command builds it. */
class EveryPackageTest {
  @TempDir static Path out;
  private static List<Path> written;

  /** What a credential looks like in a file: an auth header value, a password in a URL, a key. */
  private static final Pattern CREDENTIAL =
      Pattern.compile(
          "(?i)(\\b(basic|bearer)\\s+[A-Za-z0-9+/_-]{12,}={0,2}"
              + "|[a-z][a-z0-9+.-]*://[^/\\s:@\"']+:[^/\\s@\"']+@"
              + "|\\b(password|passwd|secret|api[_-]?key|auth[_-]?token|access[_-]?token)"
              + "[\"']?\\s*[:=]\\s*[\"'][^\"'\\s]{4,}[\"']"
              + "|\\beyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})");

  @BeforeAll
  static void build() {
    StringWriter stdout = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "build",
              Path.of(System.getProperty("atelier.root", ".."))
                  .resolve("examples/cafe-ia/course.yaml")
                  .toString(),
              "--format",
              "all",
              "--out",
              out.toString(),
              "--quiet"
            },
            new PrintWriter(stdout, true),
            new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
    written = stdout.toString().lines().map(Path::of).toList();
  }

  @Test
  void everyFormatIsWrittenAndNamedOnStdout() {
    assertThat(written.stream().map(p -> p.getFileName().toString()))
        .containsExactly(
            "index.html",
            "cafe-ia-scorm12.zip",
            "cafe-ia-scorm2004.zip",
            "cafe-ia-xapi.zip",
            "cafe-ia-cmi5.zip",
            "cafe-ia-questions.xml",
            "cafe-ia-questions.gift.txt");
  }

  @Test
  void noPackageIsOver300Kilobytes() throws Exception {
    for (Path p : written) {
      if (p.toString().endsWith(".zip")) {
        assertThat(Files.size(p)).as(p.toString()).isLessThan(300 * 1024);
      }
    }
  }

  @Test
  void noPackageHoldsAnythingThatLooksLikeACredential() throws Exception {
    List<String> found = new ArrayList<>();
    int scanned = 0;
    for (Path p : written) {
      if (p.toString().endsWith(".zip")) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(p))) {
          for (ZipEntry e; (e = in.getNextEntry()) != null; scanned++) {
            scan(p.getFileName() + "!" + e.getName(), in.readAllBytes(), found);
          }
        }
      } else {
        try (Stream<Path> files =
            p.getFileName().toString().equals("index.html")
                ? Files.walk(p.getParent())
                : Stream.of(p)) {
          for (Path f : files.filter(Files::isRegularFile).toList()) {
            scan(f.toString(), Files.readAllBytes(f), found);
            scanned++;
          }
        }
      }
    }
    assertThat(scanned).isGreaterThan(20);
    assertThat(found).isEmpty();
  }

  @Test
  void theScanFindsACredentialWhenThereIsOne() {
    List<String> found = new ArrayList<>();
    scan("a.js", "var auth = 'Basic dXNlcjpwYXNzd29yZA==';".getBytes(), found);
    scan("b.js", "fetch('https://user:hunter22@lrs.example.org/xapi/')".getBytes(), found);
    scan("c.js", "{\"password\": \"hunter22\"}".getBytes(), found);
    scan("d.js", "headers.Authorization = launch.auth;".getBytes(), found);
    assertThat(found).hasSize(3);
  }

  private static void scan(String name, byte[] content, List<String> found) {
    Matcher m = CREDENTIAL.matcher(new String(content, StandardCharsets.ISO_8859_1));
    while (m.find()) {
      found.add(name + ": " + m.group());
    }
  }
}
