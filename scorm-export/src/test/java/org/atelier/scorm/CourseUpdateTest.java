package org.atelier.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.atelier.model.Course;
import org.atelier.testing.Browser;
import org.atelier.testing.ExampleCourses;
import org.atelier.testing.PlayerDriver;
import org.atelier.testing.UpdatedCourse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new build uploaded while a learner is half-way through day 1 (scorm-again as the LMS): the
 * answers to what did not change are kept and still count, the changed activities start afresh, the
 * learner is told once, and the score reported is the one of the kept answers.
 */
class CourseUpdateTest {

  // One SCO per module, as day 1 is one Moodle activity: its completion carries its score.
  private static final String DAY_1 = "index.html?module=jour-1";

  private static PlayerDriver enter(Browser browser, ScormLms lms) {
    browser.get(lms.url(DAY_1));
    browser.driver().switchTo().frame("sco");
    return new PlayerDriver(browser.driver()).waitUntilReady();
  }

  private static String notices(Browser browser) {
    return browser.driver().findElement(By.id("notices")).getText();
  }

  private static void leave(Browser browser) {
    browser.driver().switchTo().defaultContent();
    browser.script("window.frames[0].dispatchEvent(new Event('pagehide'))");
  }

  @ParameterizedTest
  @EnumSource(ScormVersion.class)
  void aNewBuildKeepsTheAnswersToWhatDidNotChange(ScormVersion version) throws Exception {
    Course before = ExampleCourses.cafeIa();
    Course after = UpdatedCourse.course();
    ScormExporter exporter = ScormPackageTest.exporter(version).scoPerModule(true);
    try (ScormLms lms = new ScormLms(exporter.site(before), version);
        Browser browser = Browser.open()) {
      PlayerDriver player = enter(browser, lms);
      // half of day 1: everything up to « Quel impact ? », one question answered wrongly
      UpdatedCourse.playHalfOfDay1(player);
      JsonNode old = new ObjectMapper().readTree(player.state()).get("s");
      leave(browser);
      String committed = lms.lastCommit.get();

      lms.replacePackage(exporter.site(after));
      lms.resumeWith(committed);
      player = enter(browser, lms);
      JsonNode now = new ObjectMapper().readTree(player.state()).get("s");
      assertThat(player.item().get("id")).as("the place is kept").isEqualTo(UpdatedCourse.HALF_WAY);
      assertThat(now.get(UpdatedCourse.TYPO_FIXED)).isEqualTo(old.get(UpdatedCourse.TYPO_FIXED));
      assertThat(now.get(UpdatedCourse.UNTOUCHED)).isEqualTo(old.get(UpdatedCourse.UNTOUCHED));
      assertThat(now.get(UpdatedCourse.REORDERED).asInt()).as("afresh, visited").isEqualTo(1);
      assertThat(now.get(UpdatedCourse.GAP_CHANGED).asInt()).isEqualTo(1);
      assertThat(now.has(UpdatedCourse.REMOVED)).isFalse();
      assertThat(now.has(UpdatedCourse.INSERTED)).isFalse();
      String told = notices(browser);
      assertThat(told)
          .contains("mis à jour")
          .contains("Qui suis-je ? (3)")
          .contains("l'IA génère ses réponses")
          .doesNotContain("Qui suis-je ? (1)");

      // told once: the next visit has nothing to say
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> !lms.lastCommit.get().equals(committed));
      leave(browser);
      lms.resumeWith(lms.lastCommit.get());
      player = enter(browser, lms);
      assertThat(notices(browser)).doesNotContain("mis à jour");

      // the reset and new activities answered, then the rest of day 1: the kept wrong answer counts
      UpdatedCourse.playTheRestOfDay1(player, after);
      double expected = Math.round(UpdatedCourse.expectedDay1Scaled(after) * 10000) / 100.0;
      browser.driver().switchTo().defaultContent();
      Object raw =
          browser.script(
              version == ScormVersion.SCORM_12
                  ? "return window.API.cmi.core.score.raw"
                  : "return window.API_1484_11.cmi.score.raw");
      assertThat(Double.parseDouble(String.valueOf(raw))).isEqualTo(expected);
      assertThat(expected).isLessThan(100);
    }
  }
}
