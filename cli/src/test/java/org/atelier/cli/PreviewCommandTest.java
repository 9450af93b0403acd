package org.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atelier preview}: serves on loopback, renders each edit, shows problems as a page. */
class PreviewCommandTest {

  private static String get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void servesTheCourseAndRendersEachEdit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("course.yaml");
    String course =
        "id: demo\ntitle: Premier titre\nmodules:\n"
            + "  - {id: m, title: M, items: [{type: page, id: p, title: P}]}\n";
    Files.writeString(file, course, StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    Thread server =
        new Thread(
            () ->
                Main.run(
                    new String[] {"preview", file.toString(), "--quiet"},
                    new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true)));
    server.setDaemon(true);
    server.start();
    for (int i = 0; i < 100 && !out.toString().contains("http://"); i++) {
      Thread.sleep(50);
    }
    String url = out.toString().strip();
    assertThat(url).startsWith("http://127.0.0.1:");
    assertThat(get(url)).contains("<title>Premier titre</title>");

    Files.writeString(file, course.replace("Premier", "Second"), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    assertThat(get(url)).contains("<title>Second titre</title>");

    Files.writeString(file, course.replace("id: p", "id: P P"), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
    assertThat(get(url)).contains("course.yaml has problems").contains("is not a valid id");
  }
}
