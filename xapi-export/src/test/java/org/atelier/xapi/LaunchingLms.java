package org.atelier.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.atelier.testing.LocalServer;
import org.atelier.testing.Lrs;

/**
 * A launching LMS on 127.0.0.1, written to the xAPI and cmi5 specifications, beside a real LRS: it
 * serves a package, builds Tin Can and cmi5 launch URLs, answers the cmi5 fetch URL once, keeps
 * state documents (with ETags, and as strict as ADL's LRS: a write over an existing document needs
 * {@code If-Match}), and passes statements on to the LRS. For a cmi5 session it enforces what ADL's
 * CATAPULT player enforces: no statement before the learner preferences were read, {@code
 * initialized} first and alone, nothing after {@code terminated} (the token ends with it). It can
 * be taken down (every xAPI request then gets 503) and can refuse chosen statements, to test what
 * the tracker does when the LRS is away or refuses.
 */
final class LaunchingLms implements AutoCloseable {
  static final String USER = "lms-user";
  static final String PASSWORD = "lms-secret-9f2c";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Lrs lrs;
  private final LocalServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, Document> states = new ConcurrentHashMap<>();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final Set<String> validAuth = ConcurrentHashMap.newKeySet();
  private final List<String> posted = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, JsonNode> sentStatements = new ConcurrentHashMap<>();
  private volatile boolean down;
  private volatile boolean loseResponses;
  private volatile Predicate<JsonNode> refuse = s -> false;

  private final Map<String, Cmi5Session> sessions = new ConcurrentHashMap<>();
  private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());

  private record Document(byte[] body, String contentType, String etag) {}

  /** What a cmi5 session's token has done so far. */
  private static final class Cmi5Session {
    volatile boolean preferencesRead;
    volatile boolean initialized;
    volatile boolean terminated;
  }

  private LaunchingLms(Lrs lrs, Map<String, byte[]> files) {
    this.lrs = lrs;
    this.server =
        LocalServer.start()
            .files("/course/", files)
            .file("/lms/returned.html", "<!doctype html><title>LMS</title><p>Back</p>".getBytes())
            .route("/xapi/statements", this::statements)
            .route("/xapi/activities/state", this::state)
            .route("/xapi/agents/profile", this::agentProfile)
            .route("/cmi5/fetch", this::fetch);
    validAuth.add(basic(USER + ":" + PASSWORD));
  }

  /** An LMS serving the package {@code zip} (its bytes) below {@code /course/}. */
  static LaunchingLms serving(Lrs lrs, byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (!e.isDirectory()) {
          files.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return new LaunchingLms(lrs, files);
  }

  /** Serves a new build of the package in place of the old one, as an LMS does on an update. */
  void replacePackage(byte[] zip) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (!e.isDirectory()) {
          server.file("/course/" + e.getName(), in.readAllBytes());
        }
      }
    }
  }

  /** A learner as LMSs send them: an account on the LMS. */
  static String actor(String login, String name) {
    ObjectNode actor = JSON.createObjectNode();
    actor.put("objectType", "Agent");
    actor.put("name", name);
    actor.putObject("account").put("homePage", "http://127.0.0.1/lms").put("name", login);
    return actor.toString();
  }

  String endpoint() {
    return server.url("/xapi/");
  }

  /** A Tin Can launch of the package's {@code index.html}, as Moodle's Tin Can launch makes. */
  String tinCanLaunch(String activityId, String actor, String registration) {
    return server.url("/course/index.html")
        + "?endpoint="
        + enc(endpoint())
        + "&auth="
        + enc(basic(USER + ":" + PASSWORD))
        + "&actor="
        + enc(actor)
        + "&registration="
        + enc(registration)
        + "&activity_id="
        + enc(activityId);
  }

  /**
   * A cmi5 launch of {@code url} (an AU's url from cmi5.xml): writes LMS.LaunchData, makes a
   * one-time fetch URL, and returns the launch URL.
   */
  String cmi5Launch(
      String auId,
      String url,
      String actor,
      String registration,
      Double masteryScore,
      String moveOn)
      throws IOException {
    String sessionId = UUID.randomUUID().toString();
    ObjectNode launchData = JSON.createObjectNode();
    ObjectNode template = launchData.putObject("contextTemplate");
    template
        .putObject("contextActivities")
        .putArray("grouping")
        .addObject()
        .put("objectType", "Activity")
        .put("id", auId);
    template
        .putObject("extensions")
        .put("https://w3id.org/xapi/cmi5/context/extensions/sessionid", sessionId);
    launchData.put("launchMode", "Normal");
    launchData.put("moveOn", moveOn);
    if (masteryScore != null) {
      launchData.put("masteryScore", masteryScore);
    }
    launchData.put("returnURL", server.url("/lms/returned.html"));
    states.put(
        stateKey("LMS.LaunchData", auId, actor, registration),
        new Document(JSON.writeValueAsBytes(launchData), "application/json", etag()));
    String token = UUID.randomUUID().toString();
    tokens.put(token, basic("session-" + sessionId + ":" + UUID.randomUUID()));
    String separator = url.contains("?") ? "&" : "?";
    return server.url("/course/" + url)
        + separator
        + "endpoint="
        + enc(endpoint())
        + "&fetch="
        + enc(server.url("/cmi5/fetch") + "?t=" + token)
        + "&actor="
        + enc(actor)
        + "&registration="
        + enc(registration)
        + "&activityId="
        + enc(auId);
  }

  /** Takes the LMS's xAPI side down ({@code true}) or brings it back. */
  void down(boolean down) {
    this.down = down;
  }

  /**
   * Passes statements on but answers 503 as if the connection broke after the LRS stored them
   * ({@code true}), so that the browser sends again what the LRS already has.
   */
  void loseResponses(boolean lose) {
    this.loseResponses = lose;
  }

  /** Refuses (400) every statement {@code which} matches, as an LRS refuses an invalid one. */
  void refuse(Predicate<JsonNode> which) {
    this.refuse = which;
  }

  /** Every statement id the browser posted, retries included, in order. */
  List<String> posted() {
    synchronized (posted) {
      return List.copyOf(posted);
    }
  }

  /** Each statement the browser posted, as it sent it, by id. */
  Map<String, JsonNode> sentStatements() {
    return Map.copyOf(sentStatements);
  }

  /** The parsed state document, or {@code null}. */
  JsonNode stateDocument(String stateId, String activityId, String actor, String registration)
      throws IOException {
    Document d = states.get(stateKey(stateId, activityId, actor, registration));
    return d == null ? null : JSON.readTree(d.body());
  }

  String url(String path) {
    return server.url(path);
  }

  // ---------- the cmi5 fetch URL ----------

  private void fetch(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      send(exchange, 405, "text/plain", new byte[0]);
      return;
    }
    String token = query(exchange).get("t");
    String auth = token == null ? null : tokens.remove(token);
    ObjectNode body = JSON.createObjectNode();
    if (auth == null) {
      body.put("error-code", "1");
      body.put("error-text", "The authorization token has already been returned.");
    } else {
      validAuth.add(auth);
      sessions.put(auth, new Cmi5Session());
      body.put("auth-token", auth.substring("Basic ".length()));
    }
    send(exchange, 200, "application/json", JSON.writeValueAsBytes(body));
  }

  // ---------- statements, passed on to the LRS ----------

  private boolean refused(HttpExchange exchange) throws IOException {
    if (down) {
      send(exchange, 503, "text/plain", "down for maintenance".getBytes());
      return true;
    }
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth == null || !validAuth.contains(auth)) {
      send(exchange, 401, "text/plain", "unknown credentials".getBytes());
      return true;
    }
    Cmi5Session session = sessions.get(auth);
    if (session != null && session.terminated) {
      return forbid(exchange, "8.1.2.0-2 session terminated");
    }
    return false;
  }

  /** Refuses as CATAPULT does: 403 with the cmi5 requirement broken. */
  private boolean forbid(HttpExchange exchange, String why) throws IOException {
    refusals.add(why);
    send(exchange, 403, "application/json", JSON.writeValueAsBytes(Map.of("message", why)));
    return true;
  }

  /** The cmi5 rules a batch of statements of a cmi5 session must keep, or why it breaks one. */
  private static String cmi5Violation(Cmi5Session session, List<JsonNode> list) {
    if (!session.preferencesRead) {
      return "11.0.0.0-3 learner preferences not yet retrieved";
    }
    boolean initializedBefore = session.initialized;
    for (JsonNode s : list) {
      boolean initialized = s.path("verb").path("id").asText().endsWith("/initialized");
      if (initialized && (initializedBefore || session.initialized)) {
        return "9.3.0.0-2 already initialized";
      }
      if (!initialized && !initializedBefore) {
        return "9.3.0.0-4 a statement before initialized was stored";
      }
      session.initialized |= initialized;
    }
    return null;
  }

  /** Every request refused for a cmi5 rule or a missing concurrency header, with the reason. */
  List<String> refusals() {
    synchronized (refusals) {
      return List.copyOf(refusals);
    }
  }

  // ---------- the learner preferences (none stored: 404, as for a new learner) ----------

  private void agentProfile(HttpExchange exchange) throws IOException {
    if (refused(exchange)) {
      return;
    }
    Cmi5Session session = sessions.get(exchange.getRequestHeaders().getFirst("Authorization"));
    if ("cmi5LearnerPreferences".equals(query(exchange).get("profileId"))
        && "GET".equals(exchange.getRequestMethod())
        && session != null) {
      session.preferencesRead = true;
    }
    send(exchange, 404, "text/plain", new byte[0]);
  }

  private void statements(HttpExchange exchange) throws IOException {
    if (refused(exchange)) {
      return;
    }
    byte[] body = exchange.getRequestBody().readAllBytes();
    if ("POST".equals(exchange.getRequestMethod())) {
      JsonNode sent = JSON.readTree(body);
      List<JsonNode> list = new ArrayList<>();
      if (sent.isArray()) {
        sent.forEach(list::add);
      } else {
        list.add(sent);
      }
      list.forEach(
          s -> {
            posted.add(s.path("id").asText());
            sentStatements.put(s.path("id").asText(), s);
          });
      Cmi5Session session = sessions.get(exchange.getRequestHeaders().getFirst("Authorization"));
      if (session != null) {
        String violation = cmi5Violation(session, list);
        if (violation != null) {
          forbid(exchange, violation);
          return;
        }
        if (list.stream()
            .anyMatch(s -> s.path("verb").path("id").asText().endsWith("/terminated"))) {
          session.terminated = true;
        }
      }
      for (JsonNode s : list) {
        if (refuse.test(s)) {
          send(
              exchange,
              400,
              "application/json",
              "{\"warnings\":[\"refused by the test\"]}".getBytes());
          return;
        }
      }
    }
    String query = exchange.getRequestURI().getRawQuery();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(lrs.endpoint() + "statements" + (query == null ? "" : "?" + query)))
            .timeout(Duration.ofSeconds(20))
            .header("X-Experience-API-Version", "1.0.3")
            .header("Authorization", basic("test:test"))
            .method(
                exchange.getRequestMethod(),
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null) {
      request.header("Content-Type", type);
    }
    try {
      HttpResponse<byte[]> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (loseResponses && "POST".equals(exchange.getRequestMethod())) {
        send(exchange, 503, "text/plain", "the answer was lost".getBytes());
        return;
      }
      send(
          exchange,
          answer.statusCode(),
          answer.headers().firstValue("Content-Type").orElse("application/json"),
          answer.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      send(exchange, 502, "text/plain", new byte[0]);
    } catch (IOException e) {
      send(exchange, 502, "text/plain", e.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  // ---------- the State API ----------

  private void state(HttpExchange exchange) throws IOException {
    if (refused(exchange)) {
      return;
    }
    Map<String, String> q = query(exchange);
    if (q.get("stateId") == null || q.get("activityId") == null || q.get("agent") == null) {
      send(exchange, 400, "text/plain", "stateId, activityId and agent are required".getBytes());
      return;
    }
    String key =
        stateKey(q.get("stateId"), q.get("activityId"), q.get("agent"), q.get("registration"));
    Document current = states.get(key);
    String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    switch (exchange.getRequestMethod()) {
      case "GET" -> {
        if (current == null) {
          send(exchange, 404, "text/plain", new byte[0]);
        } else {
          exchange.getResponseHeaders().set("ETag", current.etag());
          send(exchange, 200, current.contentType(), current.body());
        }
      }
      case "PUT", "POST" -> {
        if ((ifMatch != null && (current == null || !ifMatch.equals(current.etag())))
            || ("*".equals(ifNoneMatch) && current != null)) {
          send(exchange, 412, "text/plain", new byte[0]);
          return;
        }
        if (current != null && ifMatch == null && ifNoneMatch == null) {
          refusals.add("409 a state write without If-Match over an existing document");
          send(exchange, 409, "text/plain", "If-Match required".getBytes());
          return;
        }
        if (q.get("stateId").equals("LMS.LaunchData")) {
          send(exchange, 403, "text/plain", "the AU must not change LMS.LaunchData".getBytes());
          return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if ("POST".equals(exchange.getRequestMethod()) && current != null) {
          ObjectNode merged = (ObjectNode) JSON.readTree(current.body());
          merged.setAll((ObjectNode) JSON.readTree(body));
          body = JSON.writeValueAsBytes(merged);
        }
        states.put(
            key, new Document(body, type == null ? "application/octet-stream" : type, etag()));
        send(exchange, 204, "text/plain", null);
      }
      case "DELETE" -> {
        states.remove(key);
        send(exchange, 204, "text/plain", null);
      }
      default -> send(exchange, 405, "text/plain", new byte[0]);
    }
  }

  // ---------- plumbing ----------

  private static String stateKey(
      String stateId, String activityId, String agent, String registration) throws IOException {
    // Agents compare as JSON, not as text: key order and spaces may differ.
    return stateId + "|" + activityId + "|" + JSON.readTree(agent) + "|" + registration;
  }

  private static String etag() {
    return "\"" + UUID.randomUUID() + "\"";
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> values = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("X-Experience-API-Version", "1.0.3");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (body == null || body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String basic(String userAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
  }
}
