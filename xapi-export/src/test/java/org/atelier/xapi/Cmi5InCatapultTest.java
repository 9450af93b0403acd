package org.atelier.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.atelier.model.Course;
import org.atelier.testing.Browser;
import org.atelier.testing.ExampleCourses;
import org.atelier.testing.KeyboardPlayer;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example course's cmi5 package in ADL's reference cmi5 player, CATAPULT, over ADL's LRS: it is
 * imported, registered and launched as an LMS does, played in Chromium (the first day with keys
 * alone and axe-core on each kind, as in every package's test), and judged by what the player
 * recorded (sessions, registration, satisfaction) and by every request the browser made (CATAPULT
 * refuses any that breaks a cmi5 rule with 403).
 */
class Cmi5InCatapultTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String V = "http://adlnet.gov/expapi/verbs/";
  private static final String MASTERY =
      "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

  private static ReferenceLms lms;
  private static LocalServer back;
  private static long courseId;
  private static Course course;

  @BeforeAll
  static void importCourse() throws Exception {
    lms = ReferenceLms.running();
    course = ExampleCourses.cafeIa();
    courseId = lms.importCourse(XapiExporter.cmi5().zip(course)).path("id").asLong();
    back =
        LocalServer.start()
            .file("/lms/back.html", "<!doctype html><title>LMS</title><p>Retour</p>".getBytes());
  }

  @AfterAll
  static void stop() {
    if (back != null) {
      back.close();
    }
  }

  private static JsonNode actor(String login, String name) {
    ObjectNode actor = JSON.createObjectNode().put("objectType", "Agent").put("name", name);
    actor.putObject("account").put("homePage", "https://lms.example.org").put("name", login);
    return actor;
  }

  /** A learner's registration: its player id and its xAPI code. */
  private record Registration(long id, String code, JsonNode actor) {}

  private static Registration register(String login, String name) throws Exception {
    JsonNode actor = actor(login + "-" + UUID.randomUUID(), name);
    JsonNode r = lms.register(courseId, actor);
    return new Registration(r.path("id").asLong(), r.path("code").asText(), actor);
  }

  /** A launch of AU {@code au}: the session id and the URL to open. */
  private record Launch(long session, String url) {}

  private static Launch launch(Registration r, int au, ObjectNode options) throws Exception {
    JsonNode l = lms.launch(courseId, au, r.actor(), r.code(), back.url("/lms/back.html"), options);
    return new Launch(l.path("id").asLong(), l.path("url").asText());
  }

  private static PlayerDriver open(Browser browser, Launch launch) {
    browser.get(launch.url());
    return new PlayerDriver(browser.driver()).waitUntilReady();
  }

  /** Presses « Terminer » and waits until the browser is back at the LMS's return URL. */
  private static void finish(Browser browser, PlayerDriver player) {
    player.button("Terminer");
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
          .until(d -> d.getCurrentUrl().equals(back.url("/lms/back.html")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "not back at the LMS but at "
              + browser.driver().getCurrentUrl()
              + "; tracker: "
              + browser.script("return JSON.stringify(window.atelierTracker.pending())")
              + "; console: "
              + browser.console(),
          e);
    }
  }

  /** Requests to CATAPULT or the LRS that were refused (a missing document is not a refusal). */
  private static List<Browser.Response> refused(Browser browser) {
    return browser.responses().stream()
        .filter(r -> r.status() >= 400)
        // 409 on a statement: the LRS already has it (a request that outlived a reload, sent
        // again from the queue); the tracker counts it as delivered
        .filter(r -> !(r.status() == 409 && r.url().endsWith("/statements")))
        .filter(
            r ->
                !(r.status() == 404
                    && (r.url().contains("/activities/state")
                        || r.url().contains("/agents/profile"))))
        .filter(r -> !r.url().endsWith("/favicon.ico"))
        .toList();
  }

  /** The LMS's own statements, which the AU never sends. */
  private static boolean fromTheLms(JsonNode statement) {
    String verb = statement.path("verb").path("id").asText();
    return !verb.startsWith(V) || verb.equals(V + "launched");
  }

  /** The statements the AU sent in one session, in the LRS's order. */
  private static List<JsonNode> ofSession(List<JsonNode> statements, Launch launch)
      throws Exception {
    String code = lms.session(launch.session()).path("code").asText();
    return statements.stream()
        .filter(s -> !fromTheLms(s))
        .filter(
            s ->
                code.equals(
                    s.path("context")
                        .path("extensions")
                        .path("https://w3id.org/xapi/cmi5/context/extensions/sessionid")
                        .asText()))
        .toList();
  }

  private static List<String> verbs(List<JsonNode> statements) {
    return statements.stream()
        .map(s -> s.path("verb").path("id").asText().substring(V.length()))
        .toList();
  }

  @Test
  void bothDaysPlayedSatisfyTheCourseWithNoRequestRefusedThenAReviewChangesNothing()
      throws Exception {
    Registration awa = register("awa", "Awa Diallo");
    Launch day1 = launch(awa, 0, null);
    Launch day2;
    Launch review;
    try (Browser browser = Browser.open()) {
      PlayerDriver player = open(browser, day1);
      // day 1, every kind of question: keys alone, focus always seen, axe-core on each kind
      new KeyboardPlayer(browser.driver()).playAllWithAxe(player);
      finish(browser, player);
      day2 = launch(awa, 1, null);
      player = open(browser, day2);
      player.playAll();
      finish(browser, player);
      assertThat(refused(browser)).as("requests refused by CATAPULT or the LRS").isEmpty();

      JsonNode registration = lms.registration(awa.id());
      assertThat(registration.path("metadata").path("moveOn").path("satisfied").asBoolean())
          .as("course satisfied")
          .isTrue();
      assertThat(
              lms.statements(awa.code()).stream()
                  .filter(s -> s.path("verb").path("id").asText().endsWith("/satisfied"))
                  .map(s -> s.path("object").path("id").asText()))
          .as("the LMS's satisfied statements: both AUs (as blocks) and the course")
          .hasSizeGreaterThanOrEqualTo(1);
      for (JsonNode au : registration.path("metadata").path("moveOn").path("children")) {
        assertThat(au.path("satisfied").asBoolean()).as(au.path("pubId").asText()).isTrue();
      }
      for (Launch l : List.of(day1, day2)) {
        JsonNode session = lms.session(l.session());
        assertThat(session.path("learnerPrefsFetched").asInt()).isEqualTo(1);
        assertThat(session.path("isInitialized").asInt()).isEqualTo(1);
        assertThat(session.path("isCompleted").asInt()).isEqualTo(1);
        assertThat(session.path("isTerminated").asInt()).isEqualTo(1);
        assertThat(session.path("isAbandoned").asInt()).isZero();
      }
      assertThat(lms.session(day1.session()).path("isPassed").asInt()).isEqualTo(1);

      List<JsonNode> statements = lms.statements(awa.code());
      List<String> first = verbs(ofSession(statements, day1));
      assertThat(first.get(0)).isEqualTo("initialized");
      assertThat(first.get(first.size() - 1)).isEqualTo("terminated");
      assertThat(first).contains("answered", "completed", "passed").doesNotContain("failed");
      assertThat(first.stream().filter("initialized"::equals)).hasSize(1);
      assertThat(first.stream().filter("terminated"::equals)).hasSize(1);

      // Relaunched once satisfied, in Review mode: it plays, sends no cmi5 defined statement
      // but initialized and terminated, and CATAPULT refuses nothing.
      ObjectNode reviewMode = JSON.createObjectNode().put("launchMode", "Review");
      review = launch(awa, 0, reviewMode);
      player = open(browser, review);
      assertThat(player.count()).isPositive();
      finish(browser, player);
      assertThat(refused(browser)).isEmpty();
      List<String> reviewed = verbs(ofSession(lms.statements(awa.code()), review));
      assertThat(reviewed).containsExactly("initialized", "terminated");
    }
  }

  /**
   * Answers {@code items} items and moves on; the first single-choice or true/false one is answered
   * wrongly unless {@code wrongAlready}. Returns whether a wrong answer was given.
   */
  private static boolean play(PlayerDriver player, int items, boolean wrongAlready) {
    boolean wrong = wrongAlready;
    for (int i = 0; i < items; i++) {
      if (!wrong && List.of("single-choice", "true-false").contains(player.kind())) {
        player.answerWrongly();
        wrong = true;
      } else {
        player.answer();
      }
      player.next();
    }
    return wrong;
  }

  @Test
  void aReloadGoesOnInTheSessionAndANewLaunchResumesUnderTheLmsMasteryScoreAndTemplate()
      throws Exception {
    Registration karim = register("karim", "Karim B.");
    ObjectNode options = JSON.createObjectNode().put("masteryScore", 1.0);
    options
        .putObject("contextTemplateAdditions")
        .putObject("extensions")
        .put("https://example.org/xapi/extensions/cohort", "Café IA 2026 — groupe A");
    Launch first = launch(karim, 0, options);
    Launch second;
    try (Browser browser = Browser.open()) {
      PlayerDriver player = open(browser, first);
      boolean wrong = play(player, 4, false);
      browser.driver().navigate().refresh();
      player = new PlayerDriver(browser.driver()).waitUntilReady();
      assertThat(player.current()).as("the place is kept over a reload").isEqualTo(4);
      wrong = play(player, 2, wrong);
      assertThat(wrong).as("one answer given wrongly").isTrue();
      String state = player.state();
      int at = player.current();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(
              d ->
                  !(Boolean) browser.script("return window.atelierTracker.pending().dirty")
                      && ((Number) browser.script("return window.atelierTracker.pending().outbox"))
                              .intValue()
                          == 0);
      // The tab is closed without « Terminer »; the LMS launches again.
      browser.get("about:blank");
      assertThat(refused(browser)).isEmpty();

      second = launch(karim, 0, options);
      try (Browser other = Browser.open()) {
        player = open(other, second);
        assertThat(player.state()).as("resumed from the LRS's state").isEqualTo(state);
        assertThat(player.current()).isEqualTo(at);
        player.playAll();
        finish(other, player);
        assertThat(refused(other)).isEmpty();
      }
    }
    JsonNode firstSession = lms.session(first.session());
    assertThat(firstSession.path("isAbandoned").asInt()).as("the closed session").isEqualTo(1);
    assertThat(firstSession.path("isTerminated").asInt()).isZero();
    List<JsonNode> statements = lms.statements(karim.code());
    List<String> before = verbs(ofSession(statements, first));
    assertThat(before.stream().filter("initialized"::equals))
        .as("a reload is not a new session")
        .hasSize(1);
    assertThat(before).doesNotContain("terminated");
    List<JsonNode> after = ofSession(statements, second);
    assertThat(verbs(after)).contains("completed", "failed").doesNotContain("passed");
    JsonNode failed =
        after.stream()
            .filter(s -> s.path("verb").path("id").asText().equals(V + "failed"))
            .findFirst()
            .orElseThrow();
    assertThat(failed.path("context").path("extensions").path(MASTERY).asDouble()).isEqualTo(1.0);
    for (JsonNode s : statements) {
      if (s.path("actor")
              .path("account")
              .path("name")
              .asText()
              .equals(karim.actor().path("account").path("name").asText())
          && !fromTheLms(s)) {
        assertThat(
                s.path("context")
                    .path("extensions")
                    .path("https://example.org/xapi/extensions/cohort")
                    .asText())
            .as("the template's extension on " + s.path("verb").path("id").asText())
            .isEqualTo("Café IA 2026 — groupe A");
      }
    }
    JsonNode au =
        lms.registration(karim.id()).path("metadata").path("moveOn").path("children").get(0);
    assertThat(au.path("satisfied").asBoolean()).as("failed under the LMS's mastery 1.0").isFalse();
  }

  @Test
  void theSameLaunchOpenedTwiceTellsTheSecondToLaunchAgainAndBrowseModeSendsNoVerdict()
      throws Exception {
    Registration ines = register("ines", "Inès");
    Launch browse = launch(ines, 0, JSON.createObjectNode().put("launchMode", "Browse"));
    try (Browser browser = Browser.open();
        Browser twice = Browser.open()) {
      PlayerDriver player = open(browser, browse);
      open(twice, browse);
      assertThat(twice.driver().findElement(By.cssSelector("#notices")).getText())
          .contains("déjà servi");
      player.playAll();
      finish(browser, player);
      assertThat(refused(browser)).isEmpty();
    }
    List<String> sent = verbs(ofSession(lms.statements(ines.code()), browse));
    assertThat(sent).contains("initialized", "answered", "terminated");
    assertThat(sent).doesNotContain("completed", "passed", "failed");
    assertThat(lms.session(browse.session()).path("isTerminated").asInt()).isEqualTo(1);
  }
}
