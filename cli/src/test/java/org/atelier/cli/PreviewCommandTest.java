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

  /** Starts {@code atelier preview file} in the background; returns its address. */
  private static String preview(Path file, StringWriter err) throws Exception {
    StringWriter out = new StringWriter();
    Thread server =
        new Thread(
            () ->
                Main.run(
                    new String[] {"preview", file.toString()},
                    new PrintWriter(out, true),
                    new PrintWriter(err, true)));
    server.setDaemon(true);
    server.start();
    for (int i = 0; i < 100 && !out.toString().contains("http://"); i++) {
      Thread.sleep(50);
    }
    return out.toString().strip();
  }

  private static HttpResponse<byte[]> fetch(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The status line of a raw request {@code method / HTTP/1.1} with {@code Host: host}. */
  private static String statusLine(String url, String method, String host) throws Exception {
    URI uri = URI.create(url);
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(5000);
      socket
          .getOutputStream()
          .write(
              (method
                      + " / HTTP/1.1\r\nHost: "
                      + host
                      + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new java.io.BufferedReader(
              new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }

  private static final String WITH_IMAGE =
      "id: demo\ntitle: Image\nmodules:\n  - id: m\n    title: M\n    items:\n"
          + "      - {type: page, id: p, title: P, image: {src: photo.png, alt: Une photo}}\n";

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1};

  @Test
  void aCourseFileBrieflyMissingServesTheLastRenderingAndSaysSo(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("course.yaml");
    Files.writeString(file, WITH_IMAGE.replace(", image: {src: photo.png, alt: Une photo}", ""));
    StringWriter err = new StringWriter();
    String url = preview(file, err);
    assertThat(get(url)).contains("<title>Image</title>");
    Path saved = Files.move(file, dir.resolve("course.yaml~"));
    HttpResponse<byte[]> during = fetch(url);
    assertThat(during.statusCode()).isEqualTo(200);
    assertThat(new String(during.body(), StandardCharsets.UTF_8)).contains("<title>Image</title>");
    assertThat(err.toString())
        .contains(file + " cannot be read just now")
        .contains("serving the last rendering");
    Files.move(saved, file);
    assertThat(get(url)).contains("<title>Image</title>");
    assertThat(err.toString()).contains(file + " is back");

    String whole = Files.readString(file);
    Files.writeString(file, "");
    assertThat(get(url)).contains("<title>Image</title>");
    assertThat(err.toString()).contains(file + " cannot be read just now (it is empty)");
    Files.writeString(file, whole.replace("title: Image", "title: Retour"));
    assertThat(get(url)).contains("<title>Retour</title>");
  }

  @Test
  void aChangedOrRemovedImageIsServedFromTheFileNotTheOldRendering(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("course.yaml");
    Files.writeString(file, WITH_IMAGE);
    Path photo = Files.write(dir.resolve("photo.png"), PNG);
    String url = preview(file, new StringWriter());
    assertThat(fetch(url + "media/photo.png").body()).isEqualTo(PNG);

    byte[] other = java.util.Arrays.copyOf(PNG, PNG.length + 1);
    Files.write(photo, other);
    assertThat(fetch(url + "media/photo.png").body()).isEqualTo(other);

    Files.delete(photo);
    assertThat(fetch(url + "media/photo.png").statusCode()).isEqualTo(404);
    assertThat(get(url)).contains("&quot;photo.png&quot; does not exist");
  }

  /** The address of a preview of a course of one page, without image. */
  private static String previewOfAPage(Path dir) throws Exception {
    Path file = dir.resolve("course.yaml");
    Files.writeString(file, WITH_IMAGE.replace(", image: {src: photo.png, alt: Une photo}", ""));
    return preview(file, new StringWriter());
  }

  @Test
  void onlyLoopbackHostsAreAnsweredAgainstDnsRebinding(@TempDir Path dir) throws Exception {
    String url = previewOfAPage(dir);
    int port = URI.create(url).getPort();
    assertThat(statusLine(url, "GET", "127.0.0.1:" + port)).isEqualTo("HTTP/1.1 200 OK");
    assertThat(statusLine(url, "GET", "localhost:" + port)).isEqualTo("HTTP/1.1 200 OK");
    assertThat(statusLine(url, "GET", "LOCALHOST")).isEqualTo("HTTP/1.1 200 OK");
    assertThat(statusLine(url, "GET", "evil.example:" + port)).startsWith("HTTP/1.1 421");
    assertThat(statusLine(url, "GET", "127.0.0.1.evil.example")).startsWith("HTTP/1.1 421");
  }

  @Test
  void aPostIsRefusedWith405(@TempDir Path dir) throws Exception {
    String url = previewOfAPage(dir);
    int port = URI.create(url).getPort();
    assertThat(statusLine(url, "POST", "127.0.0.1:" + port)).startsWith("HTTP/1.1 405");
    assertThat(statusLine(url, "DELETE", "127.0.0.1:" + port)).startsWith("HTTP/1.1 405");
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
