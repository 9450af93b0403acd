package org.atelier.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.atelier.model.Course;
import org.atelier.testing.Browser;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packages in a real SCORM run-time: scorm-again in an LMS page on 127.0.0.1, the package in
 * its frame, played in Chromium with the keyboard; then the LMS's data is read back.
 */
class ScormRuntimeTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cmi(Browser browser, boolean v12) {
    browser.driver().switchTo().defaultContent();
    return (Map<String, Object>)
        browser.script(
            "return JSON.parse(JSON.stringify(window." + (v12 ? "API" : "API_1484_11") + ".cmi))");
  }

  private static PlayerDriver enter(Browser browser, ScormLms lms, String launch) {
    browser.get(lms.url(launch));
    browser.driver().switchTo().frame("sco");
    return new PlayerDriver(browser.driver()).waitUntilReady();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> interactions(Map<String, Object> cmi) {
    return ((Map<String, Map<String, Object>>) cmi.get("interactions")).values().stream().toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void scorm12PlaysTheExampleCourseToPassedWithEveryInteraction() throws Exception {
    Course course = Courses.cafeIa();
    try (ScormLms lms = new ScormLms(ScormExporter.scorm12().site(course), true);
        Browser browser = Browser.open()) {
      PlayerDriver player = enter(browser, lms, "index.html");
      player.playAll();
      player.button("Terminer");
      Map<String, Object> cmi = cmi(browser, true);
      Map<String, Object> core = (Map<String, Object>) cmi.get("core");
      assertThat(core.get("lesson_status")).isEqualTo("passed");
      assertThat(((Map<String, Object>) core.get("score")).get("raw")).isEqualTo("100");
      assertThat((String) core.get("session_time")).matches("\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?");
      assertThat(core.get("exit")).isEqualTo("");
      List<Map<String, Object>> all = interactions(cmi);
      assertThat(all)
          .extracting(i -> i.get("type"))
          .contains("choice", "true-false", "fill-in", "matching", "sequencing", "likert");
      assertThat(all)
          .filteredOn(i -> !"neutral".equals(i.get("result")))
          .allSatisfy(i -> assertThat(i.get("result")).isEqualTo("correct"));
      Map<String, Object> riddle =
          all.stream()
              .filter(i -> "qui-suis-je-hallucination".equals(i.get("id")))
              .findFirst()
              .orElseThrow();
      assertThat(riddle.get("student_response")).isEqualTo("hallucination");
      assertThat(
              ((Map<String, Map<String, Object>>) riddle.get("correct_responses"))
                  .get("0")
                  .get("pattern"))
          .isEqualTo("hallucination");
      assertThat(all)
          .extracting(i -> i.get("id"))
          .contains(
              "rgpd-texte.cnil",
              "realite-ou-fiction.order",
              "realite-ou-fiction.nature",
              "mur-de-l-ia.usage");
      assertThat(lms.lastCommit.get()).contains("\"lesson_status\":\"passed\"");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void scorm2004PlaysTheExampleCourseToCompletedAndPassed() throws Exception {
    try (ScormLms lms = new ScormLms(ScormExporter.scorm2004().site(Courses.cafeIa()), false);
        Browser browser = Browser.open()) {
      PlayerDriver player = enter(browser, lms, "index.html");
      player.playAll();
      player.button("Terminer");
      Map<String, Object> cmi = cmi(browser, false);
      assertThat(cmi.get("completion_status")).isEqualTo("completed");
      assertThat(cmi.get("success_status")).isEqualTo("passed");
      Map<String, Object> score = (Map<String, Object>) cmi.get("score");
      assertThat(score.get("scaled")).isEqualTo("1");
      assertThat(score.get("raw")).isEqualTo("100");
      assertThat((String) cmi.get("session_time")).matches("PT\\d+H\\d+M[\\d.]+S");
      Map<String, Object> sort =
          interactions(cmi).stream()
              .filter(i -> "donnees".equals(i.get("id")))
              .findFirst()
              .orElseThrow();
      assertThat(sort.get("type")).isEqualTo("matching");
      assertThat((String) sort.get("learner_response")).contains("[.]").contains("[,]");
      assertThat(sort.get("result")).isEqualTo("correct");
      assertThat((String) sort.get("description")).startsWith("{lang=fr}");
    }
  }

  @Test
  void aReloadResumesAtTheSamePlaceWithEveryAnswer() throws Exception {
    try (ScormLms lms = new ScormLms(ScormExporter.scorm12().site(Courses.everyKind()), true);
        Browser browser = Browser.open()) {
      PlayerDriver player = enter(browser, lms, "index.html");
      for (int i = 0; i < 6; i++) {
        player.answer();
        player.next();
      }
      String state = player.state();
      int at = player.current();
      browser.driver().switchTo().defaultContent();
      browser.script("window.frames[0].dispatchEvent(new Event('pagehide'))");
      lms.resumeWith(lms.lastCommit.get());
      player = enter(browser, lms, "index.html");
      assertThat(player.current()).isEqualTo(at);
      assertThat(player.state()).isEqualTo(state);
    }
  }

  @Test
  void refusedCommitsAreRetriedUntilNothingIsLost() throws Exception {
    try (ScormLms lms = new ScormLms(ScormExporter.scorm12().site(Courses.everyKind()), true);
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
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(
              d -> lms.lastCommit.get() != null && lms.lastCommit.get().contains("hallucination"));
      assertThat(lms.refused.get()).isEqualTo(3);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
          .until(
              d -> d.findElement(By.id("notices")).getText().contains("de nouveau enregistrées"));
    }
  }

  @Test
  void withoutAnLmsTheCourseSaysSoAndStillPlays() throws Exception {
    try (LocalServer server =
            LocalServer.start()
                .files("/", ScormExporter.scorm12().site(Courses.everyKind()).files());
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
