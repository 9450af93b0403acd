package org.atelier.scorm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atelier.site.Site;
import org.atelier.testing.LocalServer;
import org.atelier.testing.RealParts;

/**
 * Moodle 5.1's own client-side SCORM run-time ({@code datamodels/scorm_12.js} and {@code
 * scorm_13.js}, {@code request.js}, {@code module.js}, read unchanged from {@code
 * shared/moodle/runtime}) in a player page on 127.0.0.1, as Moodle's {@code player.php} sets it up:
 * the API object in the page, the package in its frame, every commit posted to a {@code
 * datamodel.php} of ours that stores it. With debugging on, every API call and its error code is
 * logged to {@code window.calls}, so a test sees each value Moodle would refuse.
 */
final class MoodleRuntime implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DEFAULT = Pattern.compile("def\\[scoid\\]\\['([^']+)'\\]");

  final LocalServer server = LocalServer.start();

  /** Every commit Moodle's API posted, decoded: element name (with dots) to value. */
  final List<Map<String, String>> commits = Collections.synchronizedList(new ArrayList<>());

  private final ScormVersion version;
  private final Path runtime;

  /**
   * @param viewMode Moodle's mode for the attempt: {@code normal}, {@code browse} or {@code review}
   * @param scos the SCO ids of the page, the first launched first
   */
  MoodleRuntime(Site site, ScormVersion version, String viewMode, List<String> scos)
      throws IOException {
    this.version = version;
    this.runtime =
        Path.of(System.getProperty("atelier.moodleRuntime", "../../shared/moodle/runtime"));
    RealParts.require(
        Files.isRegularFile(runtime.resolve("datamodels/scorm_13.js")),
        "Moodle's SCORM run-time files are missing (" + runtime + ")");
    for (String file :
        List.of("request.js", "module.js", "datamodels/scorm_12.js", "datamodels/scorm_13.js")) {
      server.file("/moodle/" + file, Files.readAllBytes(runtime.resolve(file)));
    }
    server.files("/pkg/", site.files());
    server.file("/mod/scorm/player.html", page(viewMode, scos).getBytes(StandardCharsets.UTF_8));
    server.route("/mod/scorm/datamodel.php", this::datamodel);
    server.route("/mod/scorm/prereqs.php", e -> send(e, "text/html", ""));
  }

  private boolean v12() {
    return version == ScormVersion.SCORM_12;
  }

  /** The player page: Moodle's files, the stubs player.php's YUI gives them, and the init call. */
  private String page(String viewMode, List<String> scos) throws IOException {
    String file = v12() ? "datamodels/scorm_12.js" : "datamodels/scorm_13.js";
    ObjectNode def = JSON.createObjectNode();
    ObjectNode empty = JSON.createObjectNode();
    for (String sco : scos) {
      def.set(sco, defaults(Files.readString(runtime.resolve(file)), viewMode));
      empty.put(sco, "");
    }
    String origin = server.url("");
    String init =
        v12()
            // standard mode: the SCORM 1.2 lengths (255 / 4096) that strict platforms apply
            ? "M.scorm_api.init(Y, DEF, EMPTY, EMPTY, '^[\\\\u0000-\\\\uFFFF]{0,255}$',"
                + " '^[\\\\u0000-\\\\uFFFF]{0,4096}$', true, 0, 1, ORIGIN, 'sesskey', FIRST, 1,"
                + " MODE, 2, 'org', false, 1, 0);"
            : "M.scorm_api.init(Y, DEF, EMPTY, EMPTY, EMPTY, EMPTY, true, 0, 1, ORIGIN,"
                + " 'sesskey', FIRST, 1, MODE, 2, 'org', false);";
    return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Moodle</title>\n"
        + "<script>\n"
        + "var M = { cfg: { wwwroot: "
        + JSON.writeValueAsString(origin)
        + " }, str: {} };\n"
        + "window.calls = [];\n"
        + "function LogAPICall(func, arg, value, code) {"
        + " window.calls.push({ func: String(func), arg: String(arg), value: String(value),"
        + " code: String(code) }); }\n"
        + "var Y = { later: function () { return { cancel: function () {} }; }, on: function () {},"
        + " io: function () {}, log: function () {} };\n"
        + "function YUI() { return { use: function (m, f) { f(Y); } }; }\n"
        + "</script>\n"
        + "<script src=\"/moodle/request.js\"></script>\n"
        + "<script src=\"/moodle/module.js\"></script>\n"
        + "<script src=\"/moodle/"
        + file
        + "\"></script>\n"
        + "<script>\n"
        + "M.mod_scorm.connectPrereqCallback = { success: function () {} };\n"
        + "var mod_scorm_launch_next_sco = function () {}, mod_scorm_launch_prev_sco = function () {};\n"
        + "var scorm_current_node = null, scormdebugging = true;\n"
        + "var DEF = "
        + def
        + ", EMPTY = "
        + empty
        + ", ORIGIN = "
        + JSON.writeValueAsString(origin)
        + ", FIRST = "
        + JSON.writeValueAsString(scos.get(0))
        + ", MODE = "
        + JSON.writeValueAsString(viewMode)
        + ";\n"
        + init
        + "\n"
        + "/* Moodle's table of contents: the next SCO in the same page, with the same API. */\n"
        + "function openSco(id, src) { scorm_current_node = { scoid: id };"
        + " document.getElementById('sco').src = src; }\n"
        + "</script></head><body>\n"
        + "<iframe id=\"sco\" name=\"sco\" title=\"SCO\" style=\"width:1000px;height:800px\"></iframe>\n"
        + "</body></html>\n";
  }

  /** Every element the data model reads from Moodle's defaults, with a new learner's values. */
  private ObjectNode defaults(String datamodel, String viewMode) {
    Map<String, String> known = new LinkedHashMap<>();
    known.put("cmi.core.student_id", "student1");
    known.put("cmi.core.student_name", "Diallo, Awa");
    known.put("cmi.core.credit", "credit");
    known.put("cmi.core.entry", "ab-initio");
    known.put("cmi.core.total_time", "00:00:00");
    known.put("cmi.core.lesson_mode", viewMode);
    known.put("cmi.student_data.mastery_score", "70");
    known.put("cmi.student_preference.audio", "0");
    known.put("cmi.student_preference.speed", "0");
    known.put("cmi.student_preference.text", "0");
    known.put("cmi.learner_id", "student1");
    known.put("cmi.learner_name", "Diallo, Awa");
    known.put("cmi.credit", "credit");
    known.put("cmi.entry", "ab-initio");
    known.put("cmi.mode", viewMode);
    known.put("cmi.completion_status", "unknown");
    known.put("cmi.success_status", "unknown");
    known.put("cmi.total_time", "PT0H0M0S");
    known.put("cmi.scaled_passing_score", "0.7");
    known.put("cmi.learner_preference.audio_level", "1");
    known.put("cmi.learner_preference.delivery_speed", "1");
    known.put("cmi.learner_preference.audio_captioning", "0");
    ObjectNode values = JSON.createObjectNode();
    Matcher m = DEFAULT.matcher(datamodel);
    while (m.find()) {
      values.put(m.group(1), known.getOrDefault(m.group(1), ""));
    }
    return values;
  }

  private void datamodel(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.startsWith("cmi__")) {
        values.put(
            // Moodle's 1.2 names (cmi.interactions_0.id) read as the standard's
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8)
                .replace("__", ".")
                .replaceAll("_(\\d+)\\.", ".$1."),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    commits.add(values);
    send(exchange, "text/plain", "true\n0");
  }

  private static void send(HttpExchange exchange, String type, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** The player page, launching {@code launch} (a path of the package) in its frame. */
  String url() {
    return server.url("/mod/scorm/player.html");
  }

  String sco(String launch) {
    return server.url("/pkg/" + launch);
  }

  /**
   * What Moodle holds now: each commit posts only the values changed since the one before, so they
   * are laid over each other in order.
   */
  Map<String, String> stored() {
    Map<String, String> all = new LinkedHashMap<>();
    synchronized (commits) {
      commits.forEach(all::putAll);
    }
    return all;
  }

  @Override
  public void close() {
    server.close();
  }
}
