package org.atelier.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.testing.RealParts;

/**
 * ADL's reference parts, as the kit in {@code shared/reference-lms} runs them on 127.0.0.1:
 * CATAPULT's cmi5 player (import, registrations, launch URLs, session and registration records) and
 * ADL's LRS (statements, read back directly). {@code ./test} sets the kit up and starts it; the
 * address comes from the {@code run/env} file its {@code start} writes.
 */
final class ReferenceLms {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, String> env;
  private final String token;

  private ReferenceLms(Map<String, String> env) throws IOException, InterruptedException {
    this.env = env;
    ObjectNode body = JSON.createObjectNode().put("tenantId", 1).put("audience", "atelier-tests");
    JsonNode answer =
        call(
            HttpRequest.newBuilder(URI.create(env.get("PLAYER_URL") + "/api/v1/auth"))
                .header(
                    "Authorization", basic(env.get("PLAYER_API_KEY"), env.get("PLAYER_API_SECRET")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
            200);
    this.token = answer.path("token").asText();
  }

  /** The running kit, or a skip (a failure under CI) saying how to start it. */
  static ReferenceLms running() {
    Path file = Path.of(System.getProperty("atelier.referenceLms", "/tmp/reference-lms/run/env"));
    RealParts.require(
        Files.isRegularFile(file),
        "ADL's reference cmi5 player and LRS are not running (no " + file + ")");
    try {
      Map<String, String> env = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          env.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
      return new ReferenceLms(env);
    } catch (IOException e) {
      RealParts.require(false, "ADL's reference parts do not answer: " + e);
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The LRS's State rule in force: {@code true} when a write needs {@code If-Match} (ADL's). */
  boolean stateEtagRequired() {
    return "1".equals(env.get("LRS_STATE_ETAG_REQUIRED"));
  }

  String lrsEndpoint() {
    return env.get("LRS_ENDPOINT");
  }

  String lrsAuth() {
    return basic(env.get("LRS_KEY"), env.get("LRS_SECRET"));
  }

  /** Imports a cmi5 package; returns the player's course (id, metadata.aus[]). */
  JsonNode importCourse(byte[] zip) throws IOException, InterruptedException {
    return call(
        player("/api/v1/course")
            .header("Content-Type", "application/zip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(zip)),
        200);
  }

  /** A registration of {@code actor} to {@code courseId}: its {@code id} and {@code code}. */
  JsonNode register(long courseId, JsonNode actor) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("courseId", courseId);
    body.set("actor", actor);
    return call(
        player("/api/v1/registration")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
        200);
  }

  /**
   * A launch of AU number {@code au} (options: launchMode, masteryScore,
   * contextTemplateAdditions…); returns {@code id} (the session) and {@code url}.
   */
  JsonNode launch(
      long courseId,
      int au,
      JsonNode actor,
      String registration,
      String returnUrl,
      ObjectNode options)
      throws IOException, InterruptedException {
    ObjectNode body = options == null ? JSON.createObjectNode() : options.deepCopy();
    body.set("actor", actor);
    body.put("reg", registration);
    body.put("returnUrl", returnUrl);
    return call(
        player("/api/v1/course/" + courseId + "/launch-url/" + au)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
        200);
  }

  JsonNode registration(long id) throws IOException, InterruptedException {
    return call(player("/api/v1/registration/" + id).GET(), 200);
  }

  JsonNode session(long id) throws IOException, InterruptedException {
    return call(player("/api/v1/session/" + id).GET(), 200);
  }

  /** Every statement the LRS holds for {@code registration}, oldest first, pages followed. */
  List<JsonNode> statements(String registration) throws IOException, InterruptedException {
    List<JsonNode> all = new ArrayList<>();
    String next =
        lrsEndpoint()
            + "statements?ascending=true&limit=500&registration="
            + URLEncoder.encode(registration, StandardCharsets.UTF_8);
    URI base = URI.create(lrsEndpoint());
    for (int pages = 0; next != null && pages < 50; pages++) {
      JsonNode page =
          call(
              HttpRequest.newBuilder(URI.create(next))
                  .header("Authorization", lrsAuth())
                  .header("X-Experience-API-Version", "1.0.3")
                  .GET(),
              200);
      page.path("statements").forEach(all::add);
      String more = page.path("more").asText("");
      next = more.isEmpty() ? null : base.resolve(more).toString();
    }
    return all;
  }

  /** The state document the LRS holds, or {@code null}. */
  JsonNode state(String activityId, JsonNode agent, String registration, String stateId)
      throws IOException, InterruptedException {
    String url =
        lrsEndpoint()
            + "activities/state?stateId="
            + enc(stateId)
            + "&activityId="
            + enc(activityId)
            + "&agent="
            + enc(agent.toString())
            + (registration == null ? "" : "&registration=" + enc(registration));
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", lrsAuth())
                .header("X-Experience-API-Version", "1.0.3")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return answer.statusCode() == 404 ? null : JSON.readTree(answer.body());
  }

  private HttpRequest.Builder player(String path) {
    return HttpRequest.newBuilder(URI.create(env.get("PLAYER_URL") + path))
        .header("Authorization", "Bearer " + token);
  }

  private JsonNode call(HttpRequest.Builder request, int expected)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != expected) {
      throw new IOException(
          answer.request().method()
              + " "
              + answer.request().uri()
              + " answered "
              + answer.statusCode()
              + ": "
              + answer.body());
    }
    return JSON.readTree(answer.body());
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
