package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atelier.testing.Browser;
import org.atelier.testing.Contrast;
import org.atelier.testing.KeyboardPlayer;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Where focus goes, and whether it can be seen, in real Chromium with real keys. */
class FocusTest {

  private static LocalServer serve() throws Exception {
    return LocalServer.start()
        .files("/", SiteRenderer.render(Fixtures.everyKind(), Tracker.local()).files());
  }

  private static PlayerDriver to(Browser browser, PlayerDriver player, String kind) {
    while (!kind.equals(player.kind())) {
      player.next();
    }
    return player;
  }

  @Test
  void aCardMovedToTheTopKeepsTheFocusOnItsOtherButton() throws Exception {
    try (LocalServer server = serve();
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      to(browser, new PlayerDriver(browser.driver()).waitUntilReady(), "sequence");
      List<WebElement> ups = browser.driver().findElements(By.cssSelector(".sequence .move-up"));
      ups.get(ups.size() - 1).sendKeys(Keys.ENTER);
      for (int i = 0; i < ups.size() - 2; i++) {
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.script("return document.activeElement.tagName")).isEqualTo("BUTTON");
      }
      assertThat(
              browser.script(
                  "var b = document.activeElement; return b.className + ' @' + b.closest('li').dataset.pos"))
          .asString()
          .contains("move-down")
          .endsWith("@0");
      // The last card, moved down to the end, keeps focus on its up button.
      List<WebElement> downs =
          browser.driver().findElements(By.cssSelector(".sequence .move-down"));
      downs.get(0).sendKeys(Keys.ENTER);
      for (int i = 0; i < downs.size() - 2; i++) {
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.script("return document.activeElement.tagName")).isEqualTo("BUTTON");
      }
      assertThat(browser.script("return document.activeElement.className"))
          .asString()
          .contains("move-up");
    }
  }

  @Test
  void arrowsInAPositionFieldMoveTheCardAndFocusFollowsItsField() throws Exception {
    try (LocalServer server = serve();
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      to(browser, new PlayerDriver(browser.driver()).waitUntilReady(), "sequence");
      KeyboardPlayer keys = new KeyboardPlayer(browser.driver());
      long n = (Long) browser.script("return document.querySelectorAll('.sequence .step').length");
      // The Move buttons are not Tab stops: from the last card's field, Tab leaves the list.
      keys.tabTo("a.matches('.sequence [data-pos=\"' + arguments[0] + '\"] .position')", n - 1);
      String card = (String) browser.script("return document.activeElement.dataset.focus");
      String where =
          "var a = document.activeElement; return a.dataset.focus + ' @' + a.closest('li').dataset.pos";
      for (long pos = n - 2; pos >= 0; pos--) {
        keys.press(Keys.ARROW_UP);
        assertThat(browser.script(where)).isEqualTo(card + " @" + pos);
      }
      // At the top, ↑ does nothing and focus stays; ↓ takes it back down one place.
      keys.press(Keys.ARROW_UP);
      assertThat(browser.script(where)).isEqualTo(card + " @0");
      keys.press(Keys.ARROW_DOWN);
      assertThat(browser.script(where)).isEqualTo(card + " @1");
      // The move is said: « … » en position 2 sur n.
      String said = "";
      for (int i = 0; i < 40 && !said.contains("position 2 sur " + n); i++) {
        Thread.sleep(50);
        said = (String) browser.script("return document.getElementById('announce').textContent");
      }
      assertThat(said).contains("position 2 sur " + n);
      keys.press(Keys.TAB);
      assertThat(browser.script("return document.activeElement.closest('li').dataset.pos"))
          .isEqualTo("2");
    }
  }

  @Test
  void theFocusRingContrastsAtLeastThreeToOneWithThePageAndTheWash() throws Exception {
    try (LocalServer server = serve();
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      new PlayerDriver(browser.driver()).waitUntilReady();
      browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
      String ring =
          (String) browser.script("return getComputedStyle(document.activeElement).outlineColor");
      for (String background :
          List.of(
              (String) browser.script("return getComputedStyle(document.body).backgroundColor"),
              "rgb(255, 255, 255)",
              "rgb(243, 245, 247)")) {
        assertThat(Contrast.ratio(ring, background))
            .as(ring + " on " + background)
            .isGreaterThanOrEqualTo(3.0);
      }
    }
  }
}
