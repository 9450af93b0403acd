package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atelier.testing.Browser;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/** The standalone site's tracker in real Chromium: two tabs, and a browser out of room. */
class LocalTrackerTest {

  private static LocalServer serve() throws Exception {
    return LocalServer.start()
        .files("/", SiteRenderer.render(Fixtures.everyKind(), Tracker.local()).files());
  }

  /** Whether item {@code index} holds an answer in the state {@code state} (keyed by item id). */
  private static boolean answered(Browser browser, String state, int index) throws Exception {
    String id = Fixtures.everyKind().items().toList().get(index).id();
    return (Boolean)
        browser.script("return Array.isArray(JSON.parse(arguments[0]).s[arguments[1]])", state, id);
  }

  @Test
  void twoTabsKeepEachOthersAnswersAndTheLearnerIsToldOnce() throws Exception {
    try (LocalServer server = serve();
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver first = new PlayerDriver(browser.driver()).waitUntilReady();
      String firstTab = browser.driver().getWindowHandle();
      first.next();
      first.answer(); // item 1, in the first tab
      browser.driver().switchTo().newWindow(WindowType.TAB);
      browser.get(server.url("/index.html"));
      PlayerDriver second = new PlayerDriver(browser.driver()).waitUntilReady();
      second.next();
      second.answer(); // item 2, in the second tab
      browser.driver().switchTo().window(firstTab);
      assertThat(browser.driver().findElement(By.id("notices")).getText())
          .contains("ouvert dans un autre onglet");
      first.next();
      first.next();
      first.answer(); // item 3, in the first tab, which never saw item 2 answered
      browser.get(server.url("/index.html"));
      String state = new PlayerDriver(browser.driver()).waitUntilReady().state();
      for (int item : List.of(1, 2, 3)) {
        assertThat(answered(browser, state, item)).as("item " + item + " kept").isTrue();
      }
    }
  }

  @Test
  void aBrowserWithoutRoomSaysSoInTheCoursesLanguage() throws Exception {
    try (LocalServer server = serve();
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      player.next();
      browser.script(
          "Storage.prototype.setItem = function () {"
              + " throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };");
      player.answer();
      String notices = browser.driver().findElement(By.id("notices")).getText();
      assertThat(notices).contains("n'a plus de place pour garder vos réponses");
      assertThat(notices).doesNotContain("quota");
    }
  }
}
