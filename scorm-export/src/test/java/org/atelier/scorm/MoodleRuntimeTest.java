package org.atelier.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.atelier.model.Course;
import org.atelier.testing.Browser;
import org.atelier.testing.ExampleCourses;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packages in Moodle 5.1's own SCORM run-time ({@link MoodleRuntime}): every value the tracker
 * sets must pass Moodle's checks (a refused one is lost in Moodle), nothing is written in review
 * mode, and a SCO that Moodle cannot track says so.
 */
class MoodleRuntimeTest {
  private static final Course COURSE = exampleCourse();

  private static Course exampleCourse() {
    try {
      return ExampleCourses.cafeIa();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean v12(ScormVersion version) {
    return version == ScormVersion.SCORM_12;
  }

  private static ScormExporter exporter(ScormVersion version) {
    return ScormPackageTest.exporter(version);
  }

  private static PlayerDriver open(Browser browser, MoodleRuntime moodle, String launch) {
    browser.get(moodle.url());
    browser.script("document.getElementById('sco').src = arguments[0]", moodle.sco(launch));
    browser.driver().switchTo().frame("sco");
    return new PlayerDriver(browser.driver()).waitUntilReady();
  }

  /** The API calls Moodle answered with an error, getters of unset values aside. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> refused(Browser browser) {
    browser.driver().switchTo().defaultContent();
    List<Map<String, Object>> calls =
        (List<Map<String, Object>>) browser.script("return window.calls");
    return calls.stream()
        .filter(c -> !"0".equals(c.get("code")) && !"".equals(c.get("code")))
        .filter(c -> !String.valueOf(c.get("func")).contains("GetValue"))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static long setValues(Browser browser) {
    browser.driver().switchTo().defaultContent();
    List<Map<String, Object>> calls =
        (List<Map<String, Object>>) browser.script("return window.calls");
    return calls.stream().filter(c -> String.valueOf(c.get("func")).contains("SetValue")).count();
  }

  @ParameterizedTest
  @EnumSource(ScormVersion.class)
  void theExampleCourseIsStoredByMoodleWithNoValueRefusedAndNothingCut(ScormVersion version)
      throws Exception {
    ScormExporter exporter = exporter(version);
    try (MoodleRuntime moodle =
            new MoodleRuntime(exporter.site(COURSE), version, "normal", List.of("sco1"));
        Browser browser = Browser.open()) {
      PlayerDriver player = open(browser, moodle, "index.html");
      player.playAll();
      player.button("Terminer");
      assertThat(refused(browser)).as("values Moodle refused").isEmpty();
      Map<String, String> stored = moodle.stored();
      assertThat(stored).as("commits: " + moodle.commits.size()).isNotEmpty();
      assertThat(stored.get(v12(version) ? "cmi.core.lesson_status" : "cmi.success_status"))
          .isEqualTo("passed");
      // Every option, card and category token is a short identifier, in both versions.
      stored.entrySet().stream()
          .filter(
              e ->
                  e.getKey()
                      .matches(
                          "cmi\\.interactions\\.\\d+\\.(student_response|learner_response|correct_responses\\.\\d+\\.pattern)"))
          .forEach(
              e -> {
                String type =
                    stored.get(
                        e.getKey()
                            .replaceAll(
                                "\\.(student_response|learner_response|correct_responses\\.\\d+\\.pattern)$",
                                ".type"));
                if (List.of("choice", "matching", "sequencing", "likert").contains(type)) {
                  assertThat(e.getValue()).as(e.getKey()).doesNotContain("-");
                }
                if (v12(version)) {
                  assertThat(e.getValue().length())
                      .as(e.getKey() + " within 255")
                      .isLessThanOrEqualTo(255);
                }
              });
      // Every card of every sort and timeline is in Moodle: in the whole interaction's response,
      // or (SCORM 1.2, when the whole would pass 255 characters) in one interaction per card.
      List<String> responses =
          stored.entrySet().stream()
              .filter(
                  e -> e.getKey().matches("cmi\\.interactions\\.\\d+\\.(student|learner)_response"))
              .map(Map.Entry::getValue)
              .toList();
      List<String> ids =
          stored.entrySet().stream()
              .filter(e -> e.getKey().matches("cmi\\.interactions\\.\\d+\\.id"))
              .map(Map.Entry::getValue)
              .toList();
      COURSE
          .items()
          .forEach(
              item -> {
                List<String> cards =
                    item instanceof org.atelier.model.CardSort sort
                        ? sort.cards().stream().map(c -> c.id()).toList()
                        : item instanceof org.atelier.model.Timeline timeline
                            ? timeline.cards().stream().map(c -> c.id()).toList()
                            : List.of();
                for (String card : cards) {
                  String token = ScormTokens.token(card);
                  boolean whole =
                      responses.stream()
                          .anyMatch(
                              r -> List.of(r.split("\\[,\\]|,|\\[\\.\\]|\\.")).contains(token));
                  boolean alone =
                      ids.stream()
                          .anyMatch(
                              id -> id.startsWith(item.id() + ".") && id.endsWith("." + card));
                  assertThat(whole || alone)
                      .as(item.id() + " card " + card + " in Moodle")
                      .isTrue();
                }
              });
    }
  }

  @ParameterizedTest
  @EnumSource(ScormVersion.class)
  void reviewModeWritesNothing(ScormVersion version) throws Exception {
    ScormExporter exporter = exporter(version);
    try (MoodleRuntime moodle =
            new MoodleRuntime(exporter.site(COURSE), version, "review", List.of("sco1"));
        Browser browser = Browser.open()) {
      PlayerDriver player = open(browser, moodle, "index.html");
      player.next();
      player.next();
      browser.driver().switchTo().defaultContent();
      browser.script("window.frames[0].dispatchEvent(new Event('pagehide'))");
      assertThat(setValues(browser)).as("SetValue calls in review mode").isZero();
      assertThat(refused(browser)).isEmpty();
    }
  }

  @Test
  void aSecondScorm2004ScoInMoodlesPageTellsTheLearnerItIsNotTracked() throws Exception {
    ScormExporter exporter = ScormExporter.scorm2004().scoPerModule(true);
    assertThat(exporter.platformNotes(COURSE)).singleElement().asString().contains("104");
    try (MoodleRuntime moodle =
            new MoodleRuntime(
                exporter.site(COURSE), ScormVersion.SCORM_2004, "normal", List.of("sco1", "sco2"));
        Browser browser = Browser.open()) {
      PlayerDriver player = open(browser, moodle, "index.html?module=jour-1");
      player.next();
      browser.driver().switchTo().defaultContent();
      browser.script("openSco('sco2', arguments[0])", moodle.sco("index.html?module=jour-2"));
      browser.driver().switchTo().frame("sco");
      new PlayerDriver(browser.driver()).waitUntilReady();
      String notice = browser.driver().findElement(By.id("notices")).getText();
      assertThat(notice).contains("refusé d'ouvrir le suivi").contains("104");
      assertThat(notice).doesNotContain("Aucune plateforme");
    }
  }

  @Test
  void aSecondScorm12ScoInMoodlesPageIsTracked() throws Exception {
    try (MoodleRuntime moodle =
            new MoodleRuntime(
                ScormExporter.scorm12().scoPerModule(true).site(COURSE),
                ScormVersion.SCORM_12,
                "normal",
                List.of("sco1", "sco2"));
        Browser browser = Browser.open()) {
      PlayerDriver player = open(browser, moodle, "index.html?module=jour-1");
      player.next();
      browser.driver().switchTo().defaultContent();
      browser.script("openSco('sco2', arguments[0])", moodle.sco("index.html?module=jour-2"));
      browser.driver().switchTo().frame("sco");
      player = new PlayerDriver(browser.driver()).waitUntilReady();
      player.playAll();
      player.button("Terminer");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> "completed".equals(moodle.stored().get("cmi.core.lesson_status")));
      assertThat(refused(browser)).isEmpty();
      browser.driver().switchTo().frame("sco");
      assertThat(browser.driver().findElement(By.id("item")).getText())
          .contains("Vous avez terminé ce module.");
    }
  }
}
