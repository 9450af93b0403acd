package org.atelier.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.report.ProgressReport;
import org.atelier.report.ProgressReport.Learner;
import org.atelier.report.ReportQuery;
import org.atelier.report.ReportReader;
import org.atelier.testing.Browser;
import org.atelier.testing.ExampleCourses;
import org.atelier.testing.KeyboardPlayer;
import org.atelier.testing.Lrs;
import org.atelier.testing.PlayerDriver;
import org.atelier.testing.UpdatedCourse;
import org.atelier.xapi.lrs.LrsClient;
import org.atelier.xapi.lrs.StatementQuery;
import org.atelier.xapi.statement.Statement;
import org.atelier.xapi.statement.StatementValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packages launched as an LMS launches them, played in Chromium with the keyboard, against the
 * real LRS on 127.0.0.1 (through {@link LaunchingLms}); then the LRS is read back and compared with
 * what the player reported through the tracker interface.
 */
class XapiLaunchTest {
  private static final String V = "http://adlnet.gov/expapi/verbs/";
  private static final String CMI5 = "https://w3id.org/xapi/cmi5/context/";

  /**
   * One page per query. The test LRS's in-memory store pages with a time-based UUID compared as
   * text, which is not in time order once its low 32 bits wrap (every 7 minutes), so a long run
   * read in small pages can skip statements there. Paging itself is tested in LrsClientTest and
   * ProgressReportTest, whose statements are stored within milliseconds.
   */
  private static final int ONE_PAGE = 1000;

  private static Lrs lrs;
  private static Course course;
  private static ActivityIris iris;

  @BeforeAll
  static void start() throws Exception {
    lrs = Lrs.open();
    course = ExampleCourses.cafeIa();
    iris = ActivityIris.of(course);
  }

  @AfterAll
  static void stop() {
    if (lrs != null) {
      lrs.close();
    }
  }

  /** Records what the player reports, so that the LRS's copy can be compared with it. */
  private static PlayerDriver enter(Browser browser, String url) {
    browser.get(url);
    PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
    return player.recordAnswers();
  }

  private static List<Map<String, Object>> reported(Browser browser) {
    return new PlayerDriver(browser.driver()).recordedAnswers();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> pending(Browser browser) {
    return (Map<String, Object>) browser.script("return window.atelierTracker.pending()");
  }

  /** Waits until the tracker's queue is empty and its state saved. */
  private static void delivered(Browser browser) {
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
          .until(
              d -> {
                Map<String, Object> p = pending(browser);
                return ((Number) p.get("outbox")).intValue() == 0 && !(Boolean) p.get("dirty");
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "still waiting: " + pending(browser) + "; console: " + browser.console(), e);
    }
  }

  private static List<Statement> stored(String registration) throws Exception {
    return LrsClient.to(lrs.endpoint())
        .credentials("test", "test")
        .all(StatementQuery.about(iris.course()).registration(registration).pages(ONE_PAGE));
  }

  private static List<Statement> withVerb(List<Statement> all, String verb) {
    return all.stream().filter(s -> s.verb().id().equals(V + verb)).toList();
  }

  /** The interaction IRI the architecture gives for a player interaction id. */
  private static String interactionIri(Map<String, Object> answer, Map<String, Object> i) {
    String item = (String) answer.get("activityId");
    String id = (String) i.get("id");
    String iri = iris.item((String) answer.get("moduleId"), item);
    return id.equals(item) ? iri : iri + "/" + id.substring(item.length() + 1);
  }

  @SuppressWarnings("unchecked")
  private static void assertAnswersMatch(
      List<Map<String, Object>> answers, List<Statement> statements) {
    List<Statement> answered = withVerb(statements, "answered");
    List<Map<String, Object>> expected = new ArrayList<>();
    answers.forEach(
        a -> ((List<Map<String, Object>>) a.get("interactions")).forEach(expected::add));
    assertThat(answered)
        .as("one answered statement per interaction answered")
        .hasSameSizeAs(expected);
    Map<String, List<Statement>> byObject =
        answered.stream().collect(Collectors.groupingBy(s -> s.object().id()));
    for (Map<String, Object> a : answers) {
      for (Map<String, Object> i : (List<Map<String, Object>>) a.get("interactions")) {
        String iri = interactionIri(a, i);
        assertThat(byObject).as(iri).containsKey(iri);
        Statement s = byObject.get(iri).get(0);
        var def = s.object().definition();
        assertThat(def.type()).isEqualTo("http://adlnet.gov/expapi/activities/cmi.interaction");
        assertThat(def.interactionType()).isEqualTo(i.get("type"));
        assertThat(def.name()).containsKey(course.language());
        assertThat(def.description()).containsKey(course.language());
        String type = (String) i.get("type");
        if (!((List<?>) i.get("correct")).isEmpty()) {
          assertThat(def.correctResponsesPattern()).as(iri + " patterns").isNotEmpty();
        }
        switch (type) {
          case "choice", "sequencing" -> assertThat(def.choices()).as(iri).isNotEmpty();
          case "likert" -> assertThat(def.scale()).as(iri).isNotEmpty();
          case "matching" -> {
            assertThat(def.source()).as(iri).isNotEmpty();
            assertThat(def.target()).as(iri).isNotEmpty();
          }
          default -> {}
        }
        List<String> tokens = (List<String>) i.get("response");
        String response =
            tokens.stream()
                .map(t -> "matching".equals(type) ? t.replace(".", "[.]") : t)
                .collect(Collectors.joining("[,]"));
        assertThat(s.result().response()).as(iri + " response").isEqualTo(response);
        if (!"neutral".equals(i.get("result"))) {
          assertThat(s.result().success()).as(iri).isEqualTo("correct".equals(i.get("result")));
        }
        if (i.get("id").equals(a.get("activityId")) && Boolean.TRUE.equals(a.get("scored"))) {
          Map<String, Object> score = (Map<String, Object>) a.get("score");
          assertThat(s.result().score().raw())
              .as(iri + " score")
              .isEqualTo(((Number) score.get("raw")).doubleValue());
          assertThat(s.result().score().max()).isEqualTo(((Number) score.get("max")).doubleValue());
        }
        assertThat(s.result().duration()).startsWith("PT");
        assertThat(s.context().language()).isEqualTo(course.language());
      }
    }
  }

  /** Every statement: valid, the course findable, the registration kept, and read back whole. */
  private static void assertWellFormed(
      List<Statement> statements, String registration, LaunchingLms lms) throws Exception {
    assertThat(statements).isNotEmpty();
    for (Statement s : statements) {
      assertThat(StatementValidator.validate(s)).as(s.toJson()).isEmpty();
      assertThat(s.context().registration()).isEqualTo(registration);
      assertThat(s.actor().account().name()).isNotBlank();
    }
    // The Java model reads each statement as the player wrote it and writes it back unchanged.
    for (JsonNode sent : lms.sentStatements().values()) {
      JsonNode again = Statement.json().readTree(Statement.parse(sent.toString()).toJson());
      assertThat(again.equals(XapiLaunchTest::sameValue, sent)).as(sent.toString()).isTrue();
    }
  }

  /** JSON equality where 1 and 1.0 are the same number, as in JSON itself. */
  private static int sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  }

  /** The trainer's report, read from the LRS, agrees with what this learner played. */
  @SuppressWarnings("unchecked")
  private static Learner assertReportMatches(
      String registration, String name, List<Map<String, Object>> answers) throws Exception {
    ProgressReport report =
        ReportReader.of(course, ReportQuery.builder().registration(registration).build())
            .readLrs(LrsClient.to(lrs.endpoint()).credentials("trainer", "t"), ONE_PAGE, n -> {});
    assertThat(report.unreadableCount()).isZero();
    assertThat(report.learners()).hasSize(1);
    Learner learner = report.learners().get(0);
    assertThat(learner.name()).isEqualTo(name);
    List<Map<String, Object>> interactions = new ArrayList<>();
    answers.forEach(a -> interactions.addAll((List<Map<String, Object>>) a.get("interactions")));
    assertThat(learner.answers()).isEqualTo(interactions.size());
    assertThat(learner.rightAnswers())
        .isEqualTo(
            (int) interactions.stream().filter(i -> "correct".equals(i.get("result"))).count());
    for (Map<String, Object> a : answers) {
      for (Map<String, Object> i : (List<Map<String, Object>>) a.get("interactions")) {
        String iri = interactionIri(a, i);
        if ("neutral".equals(i.get("result"))) {
          assertThat(report.surveys())
              .filteredOn(q -> q.iri().equals(iri))
              .singleElement()
              .satisfies(q -> assertThat(q.respondents()).isEqualTo(1));
        } else {
          assertThat(report.activities())
              .filteredOn(r -> r.iri().equals(iri))
              .singleElement()
              .satisfies(
                  r -> {
                    assertThat(r.learners()).isEqualTo(1);
                    assertThat(r.attempts()).isPositive();
                  });
        }
      }
    }
    return learner;
  }

  @Test
  void aTinCanLaunchSendsACompleteStatementForEveryAnswerAndResumesFromTheState() throws Exception {
    String registration = UUID.randomUUID().toString();
    String actor = LaunchingLms.actor("awa", "Awa Diallo");
    try (LaunchingLms lms = LaunchingLms.serving(lrs, XapiExporter.tinCan().zip(course));
        Browser browser = Browser.open()) {
      String launch = lms.tinCanLaunch(iris.course(), actor, registration);
      PlayerDriver player = enter(browser, launch);
      // with keys alone, focus always seen, and axe-core on every kind, tracker notices and all
      new KeyboardPlayer(browser.driver()).playAllWithAxe(player);
      List<Map<String, Object>> answers = reported(browser);
      player.button("Terminer");
      delivered(browser);

      List<Statement> statements = stored(registration);
      assertWellFormed(statements, registration, lms);
      assertAnswersMatch(answers, statements);
      assertThat(withVerb(statements, "initialized")).hasSize(1);
      assertThat(withVerb(statements, "terminated")).hasSize(1);
      List<String> completed =
          withVerb(statements, "completed").stream().map(s -> s.object().id()).toList();
      List<String> expected = new ArrayList<>();
      course.modules().forEach(m -> expected.add(iris.module(m.id())));
      expected.add(iris.course());
      assertThat(completed).containsExactlyInAnyOrderElementsOf(expected);
      Statement passed =
          withVerb(statements, "passed").stream()
              .filter(s -> s.object().id().equals(iris.course()))
              .findFirst()
              .orElseThrow();
      assertThat(passed.result().score().scaled()).isEqualTo(1.0);
      assertThat(withVerb(statements, "failed")).isEmpty();
      assertThat(withVerb(statements, "experienced")).isNotEmpty();
      // Nothing sent twice: each id once, and the LRS holds exactly what the browser made.
      assertThat(statements.stream().map(Statement::id).collect(Collectors.toSet()))
          .isEqualTo(lms.sentStatements().keySet());
      assertThat(lms.refusals()).as("state writes refused for want of If-Match").isEmpty();

      Learner awa = assertReportMatches(registration, "Awa Diallo", answers);
      assertThat(awa.modules().values()).containsOnly(ProgressReport.Status.COMPLETED);
      assertThat(awa.scaled()).isEqualTo(1.0);
      assertThat(awa.passed()).isTrue();

      // The same launch opened again in this tab after Finish is a new session, tracked.
      String before = player.state();
      PlayerDriver relaunched = enter(browser, launch);
      assertThat(relaunched.state()).isEqualTo(before);
      assertThat(browser.driver().findElement(By.id("notices")).getText())
          .doesNotContain("session est terminée");
      delivered(browser);
      assertThat(withVerb(stored(registration), "initialized")).hasSize(2);

      // A new launch of the same registration, on another browser (nothing kept locally),
      // resumes from the xAPI state document where the learner was, answers kept.
      browser.script("localStorage.clear(); sessionStorage.clear();");
      PlayerDriver again = enter(browser, launch);
      assertThat(again.state()).isEqualTo(before);
    }
  }

  @Test
  void aNewBuildResumesFromTheStateDocumentKeepingTheAnswersToWhatDidNotChange() throws Exception {
    String registration = UUID.randomUUID().toString();
    String actor = LaunchingLms.actor("yanis", "Yanis");
    Course after = UpdatedCourse.course();
    try (LaunchingLms lms = LaunchingLms.serving(lrs, XapiExporter.tinCan().zip(course));
        Browser browser = Browser.open()) {
      String launch = lms.tinCanLaunch(iris.course(), actor, registration);
      PlayerDriver player = enter(browser, launch);
      UpdatedCourse.playHalfOfDay1(player);
      JsonNode old = new ObjectMapper().readTree(player.state()).get("s");
      delivered(browser);

      // the new build, opened on another browser: the state comes from the LRS alone
      lms.replacePackage(XapiExporter.tinCan().zip(after));
      browser.script("localStorage.clear(); sessionStorage.clear();");
      player = enter(browser, launch);
      JsonNode now = new ObjectMapper().readTree(player.state()).get("s");
      assertThat(player.item().get("id")).isEqualTo(UpdatedCourse.HALF_WAY);
      assertThat(now.get(UpdatedCourse.TYPO_FIXED)).isEqualTo(old.get(UpdatedCourse.TYPO_FIXED));
      assertThat(now.get(UpdatedCourse.UNTOUCHED)).isEqualTo(old.get(UpdatedCourse.UNTOUCHED));
      assertThat(now.get(UpdatedCourse.REORDERED).asInt()).isEqualTo(1);
      assertThat(now.get(UpdatedCourse.GAP_CHANGED).asInt()).isEqualTo(1);
      assertThat(now.has(UpdatedCourse.REMOVED)).isFalse();
      assertThat(browser.driver().findElement(By.id("notices")).getText())
          .contains("mis à jour")
          .contains("Qui suis-je ? (3)");

      UpdatedCourse.playTheRestOfDay1(player, after);
      delivered(browser);
      String day1 = iris.module(after.modules().get(0).id());
      Statement completed =
          withVerb(stored(registration), "completed").stream()
              .filter(s -> s.object().id().equals(day1))
              .findFirst()
              .orElseThrow();
      assertThat(completed.result().score().scaled())
          .isCloseTo(
              UpdatedCourse.expectedDay1Scaled(after), org.assertj.core.data.Offset.offset(0.0001));
    }
  }

  @Test
  void aCmi5LaunchFollowsTheCmi5StatementRulesAndReturnsToTheLms() throws Exception {
    CourseModule module =
        course.modules().stream()
            .filter(m -> !m.scoredQuestions().isEmpty())
            .findFirst()
            .orElseThrow();
    String registration = UUID.randomUUID().toString();
    String actor = LaunchingLms.actor("karim", "Karim B.");
    String au = iris.module(module.id());
    try (LaunchingLms lms = LaunchingLms.serving(lrs, XapiExporter.cmi5().zip(course));
        Browser browser = Browser.open()) {
      String launch =
          lms.cmi5Launch(
              au,
              "index.html?module=" + module.id(),
              actor,
              registration,
              0.5,
              "CompletedAndPassed");
      PlayerDriver player = enter(browser, launch);
      player.playAll();
      List<Map<String, Object>> answers = reported(browser);
      player.button("Terminer");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
          .until(d -> d.getCurrentUrl().endsWith("/lms/returned.html"));

      List<Statement> statements = new ArrayList<>(stored(registration));
      assertWellFormed(statements, registration, lms);
      assertAnswersMatch(answers, statements);
      // By timestamp, and in the LRS's stored order where two share a millisecond (the first
      // page's « experienced » can be made in the same one as « initialized », and is sent after
      // it): the LRS lists the newest first, so the list is turned round before a stable sort.
      java.util.Collections.reverse(statements);
      statements.sort((a, b) -> a.timestamp().compareTo(b.timestamp()));
      assertThat(statements.get(0).verb().id()).isEqualTo(V + "initialized");
      assertThat(statements.get(statements.size() - 1).verb().id()).isEqualTo(V + "terminated");
      Set<String> definedVerbs = new HashSet<>();
      for (Statement s : statements) {
        Map<String, JsonNode> extensions = s.context().extensions();
        assertThat(extensions)
            .as("session id on " + s.verb().id())
            .containsKey(CMI5 + "extensions/sessionid");
        List<String> categories =
            s.context().contextActivities().category() == null
                ? List.of()
                : s.context().contextActivities().category().stream().map(c -> c.id()).toList();
        boolean defined = categories.contains(CMI5 + "categories/cmi5");
        String verb = s.verb().id().substring(V.length());
        if (List.of("initialized", "completed", "passed", "failed", "terminated").contains(verb)) {
          assertThat(defined).as(verb + " is cmi5 defined").isTrue();
          assertThat(s.object().id()).isEqualTo(au);
          assertThat(definedVerbs.add(verb)).as(verb + " sent once").isTrue();
        } else {
          assertThat(defined).as(verb + " is cmi5 allowed").isFalse();
        }
        if (List.of("completed", "passed", "failed").contains(verb)) {
          assertThat(categories).contains(CMI5 + "categories/moveon");
          assertThat(s.result().duration()).startsWith("PT");
        }
      }
      assertThat(definedVerbs).contains("initialized", "completed", "passed", "terminated");
      assertThat(lms.refusals()).as("requests refused by the cmi5 rules").isEmpty();
      Statement passed = withVerb(statements, "passed").get(0);
      assertThat(passed.result().score().scaled()).isGreaterThanOrEqualTo(0.5);
      assertThat(passed.context().extensions()).containsKey(CMI5 + "extensions/masteryscore");
    }
  }

  @Test
  void anOutageAndAReloadLoseAndDuplicateNothing() throws Exception {
    String registration = UUID.randomUUID().toString();
    String actor = LaunchingLms.actor("lea", "Léa M.");
    try (LaunchingLms lms = LaunchingLms.serving(lrs, XapiExporter.tinCan().zip(course));
        Browser browser = Browser.open()) {
      String launch = lms.tinCanLaunch(iris.course(), actor, registration);
      PlayerDriver player = enter(browser, launch);
      List<Map<String, Object>> answers = new ArrayList<>();
      // First the LRS stores what it gets but the answers are lost: the browser sends again.
      lms.loseResponses(true);
      for (int i = 0; i < 3; i++) {
        player.answer();
        player.next();
      }
      lms.loseResponses(false);
      delivered(browser);
      lms.down(true);
      for (int i = 0; i < 3; i++) {
        player.answer();
        player.next();
      }
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> !d.findElements(By.cssSelector(".notice-error")).isEmpty());
      answers.addAll(reported(browser));
      String state = player.state();
      // The learner reloads while the LRS is away: the answers are still there, and so is the
      // queue.
      player = enter(browser, launch);
      assertThat(player.state()).isEqualTo(state);
      assertThat(((Number) pending(browser).get("outbox")).intValue()).isPositive();
      for (int i = 0; i < 3; i++) {
        player.answer();
        player.next();
      }
      answers.addAll(reported(browser));
      lms.down(false);
      delivered(browser);

      List<Statement> statements = stored(registration);
      assertAnswersMatch(answers, statements);
      Map<String, Integer> count = new HashMap<>();
      statements.forEach(s -> count.merge(s.id(), 1, Integer::sum));
      assertThat(count.values()).allMatch(n -> n == 1);
      assertThat(count.keySet()).isEqualTo(lms.sentStatements().keySet());
      assertThat(lms.posted().size())
          .as("some were sent more than once")
          .isGreaterThanOrEqualTo(count.size());
      assertThat(browser.driver().findElements(By.cssSelector(".notice-error"))).isEmpty();
      assertReportMatches(registration, "Léa M.", answers);
    }
  }

  @Test
  void aStatementTheLrsRefusesIsKeptShownAndNotRetried() throws Exception {
    String registration = UUID.randomUUID().toString();
    String actor = LaunchingLms.actor("ines", "Inès");
    try (LaunchingLms lms = LaunchingLms.serving(lrs, XapiExporter.tinCan().zip(course));
        Browser browser = Browser.open()) {
      lms.refuse(s -> s.path("verb").path("id").asText().equals(V + "answered"));
      PlayerDriver player = enter(browser, lms.tinCanLaunch(iris.course(), actor, registration));
      while (!"single-choice".equals(player.kind())
          && !"true-false".equals(player.kind())
          && !"fill-in".equals(player.kind())) {
        player.answer();
        player.next();
      }
      player.answer();
      delivered(browser);
      assertThat(((Number) pending(browser).get("rejected")).intValue()).isPositive();
      assertThat(browser.driver().findElement(By.cssSelector(".notice-warning")).getText())
          .contains("refusé");
      int posts = lms.posted().size();
      Thread.sleep(3000);
      assertThat(lms.posted()).as("no retry of a refused statement").hasSize(posts);
      assertThat(withVerb(stored(registration), "answered")).isEmpty();
      assertThat(withVerb(stored(registration), "initialized")).hasSize(1);
    }
  }

  @Test
  void hidingThePageSendsWhatWaitsWithoutWaitingForTheNextRetry() throws Exception {
    String registration = UUID.randomUUID().toString();
    String actor = LaunchingLms.actor("noe", "Noé");
    try (LaunchingLms lms = LaunchingLms.serving(lrs, XapiExporter.tinCan().zip(course));
        Browser browser = Browser.open()) {
      PlayerDriver player = enter(browser, lms.tinCanLaunch(iris.course(), actor, registration));
      player.answer();
      delivered(browser);
      lms.down(true);
      player.next();
      player.answer();
      // Refused at once, then after 1, 2, 4 and 8 s: the next try is 16 s away.
      Thread.sleep(16_000);
      lms.down(false);
      assertThat(((Number) pending(browser).get("outbox")).intValue()).isPositive();
      browser.script(
          "Object.defineProperty(document, 'visibilityState',"
              + " {configurable: true, get: function () { return 'hidden'; }});"
              + " document.dispatchEvent(new Event('visibilitychange'));");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(4))
          .until(d -> ((Number) pending(browser).get("outbox")).intValue() == 0);
    }
  }

  @Test
  void opensAsAnUntrackedPreviewWithoutLaunchParameters() throws Exception {
    try (LaunchingLms lms = LaunchingLms.serving(lrs, XapiExporter.tinCan().zip(course));
        Browser browser = Browser.open()) {
      PlayerDriver player = enter(browser, lms.url("/course/index.html"));
      assertThat(browser.driver().findElement(By.cssSelector("#notices")).getText())
          .contains("sans suivi");
      player.answer();
      assertThat(lms.posted()).isEmpty();
    }
  }
}
