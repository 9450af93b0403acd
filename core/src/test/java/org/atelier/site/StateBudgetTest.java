package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.atelier.model.Course;
import org.atelier.testing.Browser;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The state the real player writes never exceeds what StateCodec.maxLength promised. */
class StateBudgetTest {

  @Test
  void theLongestAnswersStayWithinTheComputedMaximum() throws Exception {
    Course course = Fixtures.everyKind();
    int max = StateCodec.maxLength(course);
    try (LocalServer server =
            LocalServer.start().files("/", SiteRenderer.render(course, Tracker.local()).files());
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      for (int i = 0; i < player.count(); i++) {
        // every typed answer at its longest, in characters JSON doubles
        for (WebElement field :
            browser.driver().findElements(By.cssSelector("input.gap, textarea"))) {
          field.sendKeys("\"\\".repeat(400));
        }
        player.answer();
        for (WebElement field :
            browser.driver().findElements(By.cssSelector("input.gap:not([disabled])"))) {
          field.sendKeys(Keys.END, "\"\\".repeat(400));
        }
        if (i < player.count() - 1) {
          player.next();
        }
      }
      String state = player.state();
      assertThat(state.length()).isLessThanOrEqualTo(max);
      assertThat(state).contains("\\\"\\\\");
    }
  }

  @Test
  void theMaximumGrowsWithTheTypedAnswersItMustHold() throws Exception {
    Course course = Fixtures.everyKind();
    int whole = StateCodec.maxLength(course);
    int parts =
        StateCodec.maxLength(course.modules().get(0))
            + StateCodec.maxLength(course.modules().get(1));
    assertThat(whole).isGreaterThan(2 * StateCodec.TEXT_MAX_LENGTH + 2 * StateCodec.GAP_MAX_LENGTH);
    assertThat(parts).isGreaterThan(whole); // each module's state has its own envelope
    assertThat(StateCodec.costs(course.items().toList()).get(0).itemId()).isEqualTo("avis");
  }
}
