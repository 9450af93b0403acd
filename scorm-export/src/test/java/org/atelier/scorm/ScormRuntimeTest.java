package org.atelier.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.atelier.model.Course;
import org.atelier.model.Question;
import org.atelier.model.Survey;
import org.atelier.site.Site;
import org.atelier.testing.Browser;
import org.atelier.testing.ExampleCourses;
import org.atelier.testing.KeyboardPlayer;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packages in a real SCORM run-time: scorm-again in an LMS page on 127.0.0.1, the package in
 * its frame, played in Chromium with the keyboard; then the LMS's data is read back and compared
 * with what the player reported through the tracker interface.
 */
class ScormRuntimeTest {

  private static ScormExporter exporter(ScormVersion version) {
    return ScormPackageTest.exporter(version);
  }

  private static boolean v12(ScormVersion version) {
    return version == ScormVersion.SCORM_12;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cmi(Browser browser, ScormVersion version) {
    browser.driver().switchTo().defaultContent();
    return (Map<String, Object>)
        browser.script(
            "return JSON.parse(JSON.stringify(window."
                + (v12(version) ? "API" : "API_1484_11")
                + ".cmi))");
  }

  /** Opens the LMS page framing {@code launch}, and records what the player tells the tracker. */
  private static PlayerDriver enter(Browser browser, ScormLms lms, String launch) {
    browser.get(lms.url(launch));
    browser.driver().switchTo().frame("sco");
    PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
    return player.recordAnswers();
  }

  private static List<Map<String, Object>> reported(Browser browser) {
    return new PlayerDriver(browser.driver()).recordedAnswers();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> interactions(Map<String, Object> cmi) {
    Map<String, Object> all = (Map<String, Object>) cmi.get("interactions");
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; all.containsKey(Integer.toString(i)); i++) {
      list.add((Map<String, Object>) all.get(Integer.toString(i)));
    }
    return list;
  }

  @SuppressWarnings("unchecked")
  private static List<String> patterns(Map<String, Object> interaction) {
    Map<String, Object> all = (Map<String, Object>) interaction.get("correct_responses");
    List<String> list = new ArrayList<>();
    for (int i = 0; all != null && all.containsKey(Integer.toString(i)); i++) {
      list.add((String) ((Map<String, Object>) all.get(Integer.toString(i))).get("pattern"));
    }
    return list;
  }

  private static final List<String> SHORT = List.of("choice", "matching", "sequencing", "likert");

  /**
   * The contract's tokens in the version's format: the specification's rules, written apart.
   * Option, card and category ids are short identifiers ({@link ScormTokens}).
   */
  private static String format(ScormVersion version, Map<String, Object> i, List<String> raw) {
    String type = (String) i.get("type");
    List<String> tokens =
        SHORT.contains(type) ? raw.stream().map(ScormTokens::token).toList() : raw;
    if (v12(version)) {
      if (type.equals("true-false")) {
        return tokens.get(0).equals("true") ? "t" : "f";
      }
      return fit(tokens, ",", 255);
    }
    List<String> parts =
        type.equals("matching") ? tokens.stream().map(t -> t.replace(".", "[.]")).toList() : tokens;
    String prefix =
        type.endsWith("fill-in") && Boolean.TRUE.equals(i.get("caseMatters"))
            ? "{case_matters=true}"
            : "";
    return prefix + fit(parts, "[,]", 4000);
  }

  /** As many whole tokens as the version's limit holds (SCORM 1.2: 255 characters). */
  private static String fit(List<String> tokens, String separator, int max) {
    String joined = "";
    for (int k = 0; k < tokens.size(); k++) {
      String longer = k == 0 ? tokens.get(k) : joined + separator + tokens.get(k);
      if (longer.length() > max) {
        return k == 0 ? longer.substring(0, max) : joined;
      }
      joined = longer;
    }
    return joined;
  }

  /**
   * What the LMS should hold for one answer: its interactions, except that SCORM 1.2 records a card
   * sort or an order whose whole value would pass 255 characters card by card; a partly right
   * single interaction reports its fraction of the points.
   */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> expected(ScormVersion version, Map<String, Object> a) {
    List<Map<String, Object>> all = (List<Map<String, Object>>) a.get("interactions");
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, Object> score = (Map<String, Object>) a.get("score");
    for (Map<String, Object> i : all) {
      String type = (String) i.get("type");
      List<List<String>> correct = (List<List<String>>) i.get("correct");
      List<String> response = (List<String>) i.get("response");
      boolean split =
          v12(version)
              && (type.equals("matching") || type.equals("sequencing"))
              && correct.size() == 1
              && (String.join(",", correct.get(0)).length() > 255
                  || String.join(",", response).length() > 255);
      if (!split) {
        Map<String, Object> copy = new java.util.HashMap<>(i);
        double raw = score == null ? 0 : ((Number) score.get("raw")).doubleValue();
        double max = score == null ? 0 : ((Number) score.get("max")).doubleValue();
        if ("incorrect".equals(i.get("result")) && all.size() == 1 && max > 0 && raw > 0) {
          copy.put("result", fraction(raw / max));
        }
        out.add(copy);
        continue;
      }
      List<String> right = correct.get(0);
      for (int k = 0; k < right.size(); k++) {
        String token = right.get(k);
        Map<String, Object> one = new java.util.HashMap<>();
        if (type.equals("matching")) {
          String card = token.substring(0, token.indexOf('.'));
          String given =
              response.stream().filter(r -> r.startsWith(card + ".")).findFirst().orElse(null);
          one.put("id", i.get("id") + "." + card);
          one.put("type", "matching");
          one.put("correct", List.of(List.of(token)));
          one.put("response", given == null ? List.of() : List.of(given));
          one.put("result", token.equals(given) ? "correct" : "incorrect");
        } else {
          int at = response.indexOf(token);
          one.put("id", i.get("id") + "." + token);
          one.put("type", "numeric");
          one.put("correct", List.of(List.of(String.valueOf(k + 1))));
          one.put("response", at < 0 ? List.of() : List.of(String.valueOf(at + 1)));
          one.put("result", at == k ? "correct" : "incorrect");
        }
        out.add(one);
      }
    }
    return out;
  }

  private static String fraction(double value) {
    double rounded = Math.round(value * 100) / 100.0;
    return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
  }

  @SuppressWarnings("unchecked")
  private static void assertEveryInteraction(
      ScormVersion version, List<Map<String, Object>> reported, Map<String, Object> cmi) {
    List<Map<String, Object>> recorded = interactions(cmi);
    List<Map<String, Object>> expected =
        reported.stream().flatMap(a -> expected(version, a).stream()).toList();
    assertThat(recorded).as("one interaction per reported one").hasSameSizeAs(expected);
    for (int n = 0; n < expected.size(); n++) {
      Map<String, Object> want = expected.get(n);
      Map<String, Object> got = recorded.get(n);
      String type = (String) want.get("type");
      assertThat(got.get("id")).isEqualTo(want.get("id"));
      assertThat(got.get("type"))
          .as("type of %s", want.get("id"))
          .isEqualTo(v12(version) && type.equals("long-fill-in") ? "fill-in" : type);
      assertThat(patterns(got))
          .as("patterns of %s", want.get("id"))
          .isEqualTo(
              ((List<List<String>>) want.get("correct"))
                  .stream().map(p -> format(version, want, p)).toList());
      assertThat(got.get(v12(version) ? "student_response" : "learner_response"))
          .as("response of %s", want.get("id"))
          .isEqualTo(format(version, want, (List<String>) want.get("response")));
      String result = (String) want.get("result");
      assertThat(got.get("result"))
          .as("result of %s", want.get("id"))
          .isEqualTo(v12(version) && result.equals("incorrect") ? "wrong" : result);
      if (v12(version)) {
        assertThat((String) got.get("latency")).matches("\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?");
        assertThat((String) got.get("time")).matches("\\d{2}:\\d{2}:\\d{2}");
      } else {
        assertThat((String) got.get("latency")).matches("PT\\d+H\\d+M[\\d.]+S");
        assertThat((String) got.get("timestamp"))
            .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{2}Z");
        assertThat((String) got.get("description")).startsWith("{lang=fr}");
      }
    }
  }

  /** The course is over: 1.2's one status, or 2004's completion and success. */
  @SuppressWarnings("unchecked")
  private static void assertOutcome(ScormVersion version, Map<String, Object> cmi, String success) {
    if (v12(version)) {
      assertThat(((Map<String, Object>) cmi.get("core")).get("lesson_status")).isEqualTo(success);
    } else {
      assertThat(cmi.get("completion_status")).isEqualTo("completed");
      assertThat(cmi.get("success_status")).isEqualTo(success);
    }
  }

  @ParameterizedTest
  @EnumSource(ScormVersion.class)
  @SuppressWarnings("unchecked")
  void theExampleCoursePlaysToPassedWithEveryInteraction(ScormVersion version) throws Exception {
    Course course = ExampleCourses.cafeIa();
    try (ScormLms lms = new ScormLms(exporter(version).site(course), version);
        Browser browser = Browser.open()) {
      PlayerDriver player = enter(browser, lms, "index.html");
      // with keys alone in the LMS's frame, focus always seen, and axe-core on every kind
      new KeyboardPlayer(browser.driver()).playAllWithAxe(player);
      player.button("Terminer");
      List<Map<String, Object>> reported = reported(browser);
      Map<String, Object> cmi = cmi(browser, version);

      assertThat(reported)
          .as("every question and survey of the course was answered")
          .extracting(a -> a.get("activityId"))
          .containsExactlyInAnyOrderElementsOf(
              course
                  .items()
                  .filter(i -> i instanceof Question || i instanceof Survey)
                  .map(i -> i.id())
                  .toList());
      assertEveryInteraction(version, reported, cmi);
      assertThat(interactions(cmi))
          .extracting(i -> i.get("type"))
          .contains("choice", "true-false", "fill-in", "matching", "sequencing", "likert");
      if (v12(version)) {
        Map<String, Object> core = (Map<String, Object>) cmi.get("core");
        assertThat(core.get("lesson_status")).isEqualTo("passed");
        Map<String, Object> score = (Map<String, Object>) core.get("score");
        assertThat(score).containsEntry("raw", "100").containsEntry("min", "0");
        assertThat(score).containsEntry("max", "100");
        assertThat((String) core.get("session_time"))
            .matches("\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?");
        assertThat(core.get("exit")).isEqualTo("");
        assertThat(lms.lastCommit.get()).contains("\"lesson_status\":\"passed\"");
      } else {
        assertThat(cmi.get("completion_status")).isEqualTo("completed");
        assertThat(cmi.get("success_status")).isEqualTo("passed");
        Map<String, Object> score = (Map<String, Object>) cmi.get("score");
        assertThat(score).containsEntry("scaled", "1").containsEntry("raw", "100");
        assertThat(score).containsEntry("min", "0").containsEntry("max", "100");
        assertThat((String) cmi.get("session_time")).matches("PT\\d+H\\d+M[\\d.]+S");
        assertThat(cmi.get("exit")).isEqualTo("normal");
        assertThat(lms.lastCommit.get()).contains("\"success_status\":\"passed\"");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ScormVersion.class)
  void aReloadResumesAtTheSamePlaceWithEveryAnswer(ScormVersion version) throws Exception {
    try (ScormLms lms = new ScormLms(exporter(version).site(ExampleCourses.everyKind()), version);
        Browser browser = Browser.open()) {
      PlayerDriver player = enter(browser, lms, "index.html");
      for (int i = 0; i < 6; i++) {
        player.answer();
        player.next();
      }
      String state = player.state();
      int at = player.current();
      List<Map<String, Object>> before = reported(browser);
      browser.driver().switchTo().defaultContent();
      browser.script("window.frames[0].dispatchEvent(new Event('pagehide'))");
      Map<String, Object> cmi = cmi(browser, version);
      assertThat(lms.lastCommit.get()).contains("\"exit\":\"suspend\"");
      assertEveryInteraction(version, before, cmi);

      lms.resumeWith(lms.lastCommit.get());
      player = enter(browser, lms, "index.html");
      assertThat(player.current()).isEqualTo(at);
      assertThat(player.state()).isEqualTo(state);
      // Answers after the resume are numbered after the ones already stored.
      player.answer();
      assertThat(interactions(cmi(browser, version))).hasSizeGreaterThan(interactions(cmi).size());
    }
  }

  @ParameterizedTest
  @EnumSource(ScormVersion.class)
  void refusedCommitsAreRetriedUntilNothingIsLost(ScormVersion version) throws Exception {
    try (ScormLms lms = new ScormLms(exporter(version).site(ExampleCourses.everyKind()), version);
        Browser browser = Browser.open()) {
      PlayerDriver player = enter(browser, lms, "index.html");
      player.next();
      lms.refuse.set(3);
      player.answer(); // the riddle: its commit is refused three times
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
          .until(
              d ->
                  d.findElement(By.id("notices"))
                      .getText()
                      .contains("n'ont pas pu être enregistrées"));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(
              d -> lms.lastCommit.get() != null && lms.lastCommit.get().contains("hallucination"));
      assertThat(lms.refused.get()).isEqualTo(3);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
          .until(
              d -> d.findElement(By.id("notices")).getText().contains("de nouveau enregistrées"));
      String state = player.state();
      assertThat(lms.lastCommit.get()).contains("qui");
      browser.driver().switchTo().defaultContent();
      browser.script("window.frames[0].dispatchEvent(new Event('pagehide'))");
      lms.resumeWith(lms.lastCommit.get());
      player = enter(browser, lms, "index.html");
      assertThat(player.state()).as("nothing lost after the recovery").isEqualTo(state);
    }
  }

  @Test
  void answersGivenWhileTheLmsRefusesSurviveClosingThePage() throws Exception {
    ScormVersion version = ScormVersion.SCORM_12;
    try (ScormLms lms = new ScormLms(exporter(version).site(ExampleCourses.everyKind()), version);
        Browser browser = Browser.open()) {
      PlayerDriver player = enter(browser, lms, "index.html");
      player.next();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
          .until(d -> lms.lastCommit.get() != null);
      String committed = lms.lastCommit.get();
      lms.refuse.set(1000);
      player.answer();
      player.next();
      String state = player.state();
      browser.driver().switchTo().defaultContent();
      browser.script("window.frames[0].dispatchEvent(new Event('pagehide'))");
      assertThat(lms.lastCommit.get()).doesNotContain("hallucination");

      // The LMS is back, with only what it had accepted; the learner launches again.
      lms.refuse.set(0);
      lms.resumeWith(committed);
      player = enter(browser, lms, "index.html");
      assertThat(player.state()).isEqualTo(state);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> state.equals(suspendData(lms.lastCommit.get())));
    }
  }

  private static String suspendData(String committed) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(committed)
          .path("cmi")
          .path("suspend_data")
          .asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final Pattern PARAMETERS =
      Pattern.compile("parameters=\"\\?module=([a-z0-9-]+)\"");

  @ParameterizedTest
  @EnumSource(ScormVersion.class)
  @SuppressWarnings("unchecked")
  void oneScoPerModulePlaysAndReportsItsModuleOnly(ScormVersion version) throws Exception {
    Course course = ExampleCourses.everyKind();
    Site site = exporter(version).scoPerModule(true).site(course);
    Matcher launches =
        PARAMETERS.matcher(new String(site.file("imsmanifest.xml"), StandardCharsets.UTF_8));
    List<String> modules = launches.results().map(r -> r.group(1)).toList();
    assertThat(modules).containsExactly("module-1", "module-2");
    try (ScormLms lms = new ScormLms(site, version);
        Browser browser = Browser.open()) {
      PlayerDriver player = enter(browser, lms, "index.html?module=module-2");
      player.playAll();
      List<Map<String, Object>> reported = reported(browser);
      Map<String, Object> cmi = cmi(browser, version);
      assertThat(reported)
          .extracting(a -> a.get("activityId"))
          .containsExactlyInAnyOrderElementsOf(
              course.module("module-2").orElseThrow().items().stream()
                  .filter(i -> i instanceof Question || i instanceof Survey)
                  .map(i -> i.id())
                  .collect(Collectors.toList()));
      assertEveryInteraction(version, reported, cmi);
      assertOutcome(version, cmi, "passed");
    }
  }

  @ParameterizedTest
  @EnumSource(ScormVersion.class)
  @SuppressWarnings("unchecked")
  void theLmsMasteryScoreDecidesPassedOrFailed(ScormVersion version) throws Exception {
    Course course = ExampleCourses.everyKind();
    try (ScormLms lms = new ScormLms(exporter(version).site(course), version);
        Browser browser = Browser.open()) {
      // Every answer right but one: short of a mastery of 100 %, which the LMS demands here.
      lms.preset(
          v12(version)
              ? Map.of("student_data", Map.of("mastery_score", "100"))
              : Map.of("scaled_passing_score", "1"));
      PlayerDriver player = enter(browser, lms, "index.html");
      int count = player.count();
      for (int i = 0; i < count; i++) {
        if ("true-false".equals(player.kind())) {
          String id = (String) player.item().get("id");
          boolean right = Boolean.TRUE.equals(player.item().get("answer"));
          browser.driver().findElement(By.id(id + "-" + (right ? 0 : 1))).sendKeys(Keys.SPACE);
          browser
              .driver()
              .findElement(By.cssSelector("#item button[type=submit]"))
              .sendKeys(Keys.ENTER);
          new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
              .until(d -> !d.findElements(By.cssSelector("#feedback .verdict")).isEmpty());
        } else {
          player.answer();
        }
        if (i < count - 1) {
          player.next();
        }
      }
      Map<String, Object> cmi = cmi(browser, version);
      assertOutcome(version, cmi, "failed");
      assertThat(interactions(cmi))
          .filteredOn(i -> "true-false".equals(i.get("type")))
          .extracting(i -> i.get("result"))
          .containsOnly(v12(version) ? "wrong" : "incorrect");
    }
  }

  @Test
  void withoutAnLmsTheCourseSaysSoAndStillPlays() throws Exception {
    try (LocalServer server =
            LocalServer.start()
                .files("/", ScormExporter.scorm12().site(ExampleCourses.everyKind()).files());
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      assertThat(browser.driver().findElement(By.id("notices")).getText())
          .contains("Aucune plateforme de formation n’a été trouvée");
      player.next();
      player.answer();
      assertThat(player.verdict()).contains("Bonne réponse");
    }
  }
}
