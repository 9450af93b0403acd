package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.atelier.testing.Browser;
import org.atelier.testing.LocalServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A page that lacks a kind's file refuses to play, and says so, rather than show a dead item. */
class MissingKindTest {

  @Test
  void aSiteWithoutOneKindsFileSaysItCannotPlayInTheConsoleAndThePage() throws Exception {
    Map<String, byte[]> files =
        new TreeMap<>(SiteRenderer.render(Fixtures.everyKind(), Tracker.local()).files());
    files.remove("player/kinds/card-sort.js");
    try (LocalServer server = LocalServer.start().files("/", files);
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      String text =
          new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
              .until(
                  d -> {
                    String shown = d.findElement(By.id("item")).getText();
                    return shown.contains("card-sort") ? shown : null;
                  });
      assertThat(text)
          .startsWith(Messages.forLanguage("fr").get("playerBroken"))
          .contains("kinds/card-sort.js");
      assertThat(browser.driver().findElements(By.cssSelector("#item h1"))).isEmpty();
      assertThat(browser.consoleErrors())
          .anyMatch(
              e ->
                  e.contains("atelier: the player cannot play this course")
                      && e.contains("card-sort"));
    }
  }
}
