package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atelier.model.Course;
import org.atelier.testing.Axe;
import org.atelier.testing.Browser;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The player in real Chromium: every kind played with the keyboard, accessible, resumable. */
class PlayerTest {

  private static LocalServer serve(Course course, Tracker tracker) {
    return LocalServer.start().files("/", SiteRenderer.render(course, tracker).files());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> calls(Browser browser, String name) {
    List<Map<String, Object>> all =
        (List<Map<String, Object>>) browser.script("return window.calls");
    return all.stream()
        .filter(c -> name.equals(c.get("name")))
        .map(c -> (Map<String, Object>) c.get("arg"))
        .toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyKindIsCompletedWithTheKeyboardAloneToAFullScoreWithNoAxeViolation() throws Exception {
    try (LocalServer server = serve(Fixtures.everyKind(), Fixtures.recording());
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      for (int i = 0; i < player.count(); i++) {
        String kind = player.kind();
        Axe.assertNoViolations(browser.driver(), kind + " before answering");
        player.answer();
        Axe.assertNoViolations(browser.driver(), kind + " after answering");
        if (i < player.count() - 1) {
          player.next();
        }
      }
      List<Map<String, Object>> answered = calls(browser, "answered");
      assertThat(answered)
          .extracting(a -> a.get("kind"))
          .containsExactly(
              "single-choice",
              "multiple-response",
              "true-false",
              "fill-in",
              "card-sort",
              "sequence",
              "timeline",
              "survey");
      assertThat(answered.stream().filter(a -> Boolean.TRUE.equals(a.get("scored"))))
          .allSatisfy(a -> assertThat(a.get("success")).isEqualTo(true));
      List<Map<String, Object>> completed = calls(browser, "completed");
      assertThat(completed)
          .extracting(c -> c.get("scope"))
          .containsExactly("module", "module", "course");
      Map<String, Object> course = completed.get(2);
      assertThat(((Map<String, Object>) course.get("score")).get("scaled")).isEqualTo(1L);
      assertThat(course.get("passed")).isEqualTo(true);
      assertThat(calls(browser, "experienced"))
          .extracting(e -> e.get("activityId") + "/" + e.get("cardId"))
          .contains("accueil/null", "debat/biais", "debat/fiabilite", "agir/apprendre");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theInteractionsFollowTheTrackerContract() throws Exception {
    try (LocalServer server = serve(Fixtures.everyKind(), Fixtures.recording());
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      player.playAll();
      Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
      for (Map<String, Object> a : calls(browser, "answered")) {
        for (Map<String, Object> i : (List<Map<String, Object>>) a.get("interactions")) {
          byId.put((String) i.get("id"), i);
        }
      }
      assertThat(byId.keySet())
          .contains(
              "qui",
              "rgpd",
              "cnil",
              "trous.mot",
              "trous.proba",
              "tri",
              "crepes",
              "frise.order",
              "frise.nature",
              "avis.utile",
              "avis.outils",
              "avis.mot");
      assertThat(byId.get("qui").get("response")).isEqualTo(List.of("hallucination"));
      assertThat(byId.get("cnil").get("correct")).isEqualTo(List.of(List.of("true")));
      assertThat(byId.get("trous.mot").get("response")).isEqualTo(List.of("mot par mot"));
      assertThat(byId.get("tri").get("type")).isEqualTo("matching");
      assertThat((List<String>) byId.get("tri").get("response"))
          .contains("sante.non", "recette.oui");
      assertThat(byId.get("crepes").get("response")).isEqualTo(List.of("farine", "oeufs", "lait"));
      assertThat(byId.get("frise.order").get("response"))
          .isEqualTo(List.of("dartmouth", "hal", "deep-blue"));
      assertThat(byId.get("avis.utile").get("type")).isEqualTo("likert");
      assertThat(byId.get("avis.utile").get("result")).isEqualTo("neutral");
      assertThat(byId.get("avis.mot").get("type")).isEqualTo("long-fill-in");
    }
  }

  @Test
  void aReloadKeepsEveryAnswerAndThePlace() throws Exception {
    try (LocalServer server = serve(Fixtures.everyKind(), Tracker.local());
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      for (int i = 0; i < 5; i++) {
        player.answer();
        player.next();
      }
      String before = player.state();
      int at = player.current();
      browser.driver().navigate().refresh();
      player.waitUntilReady();
      assertThat(player.current()).isEqualTo(at);
      assertThat(player.state()).isEqualTo(before);
      browser.get(server.url("/index.html"));
      player.waitUntilReady();
      // back to the fill-in text: both gaps show what was typed, and it is checked (over, the
      // answers are text in the sentence)
      ((JavascriptExecutor) browser.driver())
          .executeScript("document.querySelectorAll('.toc-items button')[4].click()");
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector(".passage .gap-given"))
                  .getDomProperty("textContent"))
          .isEqualTo("Trou 1 : mot par mot");
      assertThat(player.verdict()).contains("Bonne réponse");
    }
  }

  @Test
  void theSiteWrittenToAFolderPlaysFromDiskAndKeepsAnswersOnReload(@TempDir Path dir)
      throws Exception {
    Path folder = SiteRenderer.render(Fixtures.everyKind(), Tracker.local()).write(dir);
    try (Browser browser = Browser.open()) {
      browser.get(folder.resolve("index.html").toUri().toString());
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      player.next();
      player.answer();
      String state = player.state();
      browser.driver().navigate().refresh();
      player.waitUntilReady();
      assertThat(player.current()).isEqualTo(1);
      assertThat(player.state()).isEqualTo(state);
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  /**
   * Every item of the example course, once answered (feedback, answers shown, cards placed), has no
   * axe-core violation, nor has the first item of each kind before it is answered; that item is
   * photographed for the README when {@code atelier.screenshots} is set. (axe-core takes seconds a
   * page: items of one kind differ only in author text, which reaches the page as text or through
   * the one allow-list.)
   */
  @Test
  void theExampleCourseHasNoAxeViolationOnAnyItemBeforeOrAfterAnswering() throws Exception {
    Path shots = screenshotFolder();
    Set<String> shot = new HashSet<>();
    try (LocalServer server = serve(Fixtures.cafeIa(), Tracker.local());
        Browser browser = Browser.open(1280, 960)) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      for (int i = 0; i < player.count(); i++) {
        String kind = player.kind();
        boolean first = shot.add(kind);
        if (first) {
          Axe.assertNoViolations(browser.driver(), "item " + i + " (" + kind + ")");
        }
        // cards are best seen with their buttons, before the check; questions with feedback
        boolean cards = Set.of("card-sort", "sequence", "timeline").contains(kind);
        if (shots != null && first && cards) {
          browser.screenshot(shots.resolve(kind + ".png"));
        }
        player.answer();
        Axe.assertNoViolations(browser.driver(), "item " + i + " (" + kind + ") answered");
        if (shots != null && first && !cards) {
          browser.script("window.scrollTo(0, 0)");
          browser.screenshot(shots.resolve(kind + ".png"));
        }
        if (i < player.count() - 1) {
          player.next();
        }
      }
      // played with keys alone, every scored module reaches its full score
      List<String> scores =
          browser.driver().findElements(By.cssSelector(".toc-score")).stream()
              .map(WebElement::getText)
              .filter(text -> text.startsWith("Score"))
              .toList();
      assertThat(scores)
          .isNotEmpty()
          .allSatisfy(score -> assertThat(score).matches("Score : (\\d+) sur \\1 — Réussi"));
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  /**
   * No item of the example course scrolls sideways at 320 CSS pixels (WCAG's reflow width) or at
   * 640 (a 1280-pixel window zoomed to 200 %), before or after it is answered, and the narrow
   * layout passes axe-core too (checked on the first item of each kind).
   */
  @Test
  void theExampleCourseReflowsAt320PixelsAndAt200PercentZoom() throws Exception {
    try (LocalServer server = serve(Fixtures.cafeIa(), Tracker.local());
        Browser browser = Browser.open(320, 800)) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      Set<String> kinds = new HashSet<>();
      for (int i = 0; i < player.count(); i++) {
        String item = "item " + i + " (" + player.kind() + ")";
        boolean first = kinds.add(player.kind());
        assertNoSidewaysScroll(browser, item);
        player.answer();
        assertNoSidewaysScroll(browser, item + " answered");
        if (first) {
          Axe.assertNoViolations(browser.driver(), item + " answered, at 320 px");
        }
        if (i < player.count() - 1) {
          player.next();
        }
      }
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  private static void assertNoSidewaysScroll(Browser browser, String item) {
    WebDriver.Window window = browser.driver().manage().window();
    for (int width : new int[] {640, 320}) {
      window.setSize(new Dimension(width, 800));
      // the window resizes in its own time: measure the layout at the new width only
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
          .until(d -> ((Number) browser.script("return window.innerWidth")).intValue() == width);
      Number overflow =
          (Number)
              browser.script(
                  "return document.documentElement.scrollWidth"
                      + " - document.documentElement.clientWidth");
      assertThat(overflow.intValue())
          .as("sideways scroll at " + width + " px on " + item)
          .isLessThanOrEqualTo(0);
    }
  }

  static Path screenshotFolder() {
    return Boolean.getBoolean("atelier.screenshots")
        ? Fixtures.root().resolve("docs/screenshots")
        : null;
  }
}
