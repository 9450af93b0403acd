package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.atelier.model.Course;
import org.atelier.model.FillIn;
import org.atelier.model.Item;
import org.atelier.testing.Browser;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.atelier.update.AnswerContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The state the real player writes never exceeds what StateBudget.maxLength promised. */
class StateBudgetTest {

  /**
   * The example course played in Chromium with every answer at its longest: every typed gap and
   * open answer filled to the brim with characters JSON must escape, every box ticked, every card
   * read, every question checked with its longest answer.
   */
  @Test
  void theExampleCoursePlayedWithTheLongestAnswersStaysWithinTheComputedMaximum() throws Exception {
    Course course = Fixtures.cafeIa();
    int max = StateBudget.maxLength(course);
    try (LocalServer server =
            LocalServer.start().files("/", SiteRenderer.render(course, Tracker.local()).files());
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      for (int i = 0; i < player.count(); i++) {
        for (WebElement field : enabled(browser, "input.gap, textarea")) {
          // more than the field takes: the player must cut it at its limit
          field.sendKeys("\"\\".repeat(field.getTagName().equals("textarea") ? 160 : 40));
        }
        for (WebElement box : enabled(browser, "#item input[type=checkbox]")) {
          box.sendKeys(Keys.SPACE);
        }
        for (WebElement read : enabled(browser, ".deck-card button[aria-pressed=false]")) {
          read.sendKeys(Keys.ENTER);
        }
        List<WebElement> submit = enabled(browser, "#item button[type=submit]");
        if (!submit.isEmpty()) {
          submit.get(0).sendKeys(Keys.ENTER);
        }
        if (i < player.count() - 1) {
          player.next();
        }
      }
      String state = player.state();
      assertFollowsTheDocumentedEncoding(state, course);
      assertThat(state).contains("\\\"\\\\");
      assertThat(state.length()).as(state).isLessThanOrEqualTo(max);
      // a bound far above what a learner can write would refuse courses for nothing
      assertThat(state.length()).isGreaterThan(max * 3 / 4);
    }
  }

  @Test
  void aGapCutThroughAnEmojiKeepsNoHalfOfIt() throws Exception {
    try (LocalServer server =
            LocalServer.start()
                .files("/", SiteRenderer.render(Fixtures.everyKind(), Tracker.local()).files());
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      for (int i = 0; i < 4; i++) {
        player.next();
      }
      // ChromeDriver types only the basic plane: the value is set as a paste would set it
      browser.script(
          "var f = document.querySelector('input.gap'); f.removeAttribute('maxlength');"
              + " f.value = '\"'.repeat(59) + '\\uD83D\\uDE00';"
              + " f.dispatchEvent(new Event('input'))");
      String fillIn = Fixtures.everyKind().items().toList().get(4).id();
      JsonNode gap = new ObjectMapper().readTree(player.state()).get("s").get(fillIn).get(2).get(0);
      assertThat(gap.asText()).isEqualTo("\"".repeat(59));
      assertThat(player.state()).doesNotContain("\\ud83d");
    }
  }

  /**
   * {@code {"v":2,"l":"<item id>","s":{"<item id>":<record>…},"c":["<module id>"…]}}, a record per
   * item touched ({@code 1} or {@code [attempts, done, response, "<fingerprint>"]}, the fingerprint
   * the page data gave), typed text cut at the limits StateBudget counts.
   */
  private static void assertFollowsTheDocumentedEncoding(String state, Course course)
      throws Exception {
    JsonNode root = new ObjectMapper().readTree(state);
    assertThat(root.get("v").asInt()).isEqualTo(2);
    List<Item> items = course.items().toList();
    assertThat(root.get("l").asText()).isEqualTo(items.get(items.size() - 1).id());
    for (JsonNode module : root.get("c")) {
      assertThat(course.module(module.asText())).isPresent();
    }
    JsonNode records = root.get("s");
    assertThat(records.size()).isEqualTo(items.size()); // every item was visited
    for (Item item : items) {
      JsonNode record = records.get(item.id());
      assertThat(record).as(item.id()).isNotNull();
      if (!record.isArray()) {
        assertThat(record.asInt()).as(item.id()).isEqualTo(1);
        continue;
      }
      assertThat(record.size()).isEqualTo(4);
      assertThat(record.get(0).asInt()).isBetween(0, StateBudget.MAX_ATTEMPTS_STORED);
      assertThat(record.get(1).asInt()).isBetween(0, 1);
      assertThat(record.get(3).asText()).isEqualTo(AnswerContent.fingerprint(item));
      int limit = item instanceof FillIn ? StateBudget.GAP_MAX_LENGTH : StateBudget.TEXT_MAX_LENGTH;
      for (JsonNode part : record.get(2)) {
        if (part.isTextual() && part.asText().matches("[\"\\\\]+")) {
          assertThat(part.asText()).as(item.id()).hasSize(limit); // typed to the brim
        }
      }
    }
  }

  private static List<WebElement> enabled(Browser browser, String css) {
    return browser.driver().findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isEnabled)
        .toList();
  }

  @Test
  void theMaximumGrowsWithTheTypedAnswersItMustHold() throws Exception {
    Course course = Fixtures.everyKind();
    int whole = StateBudget.maxLength(course);
    int parts =
        StateBudget.maxLength(course.modules().get(0))
            + StateBudget.maxLength(course.modules().get(1));
    assertThat(whole)
        .isGreaterThan(2 * StateBudget.TEXT_MAX_LENGTH + 2 * StateBudget.GAP_MAX_LENGTH);
    assertThat(parts).isGreaterThan(whole); // each module's state has its own envelope
    assertThat(StateBudget.costs(course.items().toList()).get(0).itemId()).isEqualTo("avis");
  }
}
