package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Course;
import org.atelier.testing.Browser;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The author's rules in the browser: partial credit, attempts, retry, the answer shown, hints, and
 * the module's score. Keys only, as a learner without a mouse would.
 */
class RulesTest {
  private static final String COURSE =
      """
      id: rules
      title: Règles
      masteryScore: 0.5
      modules:
        - id: m
          title: Le module
          items:
            - type: multiple-response
              id: mr
              title: Trois bonnes
              prompt: Cochez les trois bonnes.
              points: 3
              attempts: 2
              hint: Il y en a *trois*.
              feedback: {correct: Bravo., incorrect: Non., partial: Presque.}
              options:
                - {id: a, text: A, correct: true}
                - {id: b, text: B, correct: true}
                - {id: c, text: C, correct: true}
                - {id: d, text: D}
                - {id: e, text: E}
            - type: single-choice
              id: sc
              title: Un seul essai
              prompt: Laquelle ?
              attempts: 1
              options:
                - {id: a, text: Juste, correct: true}
                - {id: b, text: Faux, feedback: Ce n'est pas celle-ci.}
            - type: fill-in
              id: fi
              title: Deux trous
              text: "{{un}} et {{deux}}"
              gaps:
                - {id: un, accept: [Élan]}
                - {id: deux, accept: [deux], feedback: Le nombre.}
            - type: sequence
              id: sq
              title: Dans l'ordre
              shuffle: false
              cards: [{id: a, text: Un}, {id: b, text: Deux}, {id: c, text: Trois}, {id: d, text: Quatre}]
      """;

  private static LocalServer server;
  private static Browser browser;
  private static PlayerDriver player;

  @BeforeAll
  static void open() throws Exception {
    Course course =
        CourseFileReader.read(COURSE.getBytes(StandardCharsets.UTF_8), "rules.yaml", null);
    server =
        LocalServer.start()
            .files("/", SiteRenderer.render(course, Fixtures.recording()).files())
            .file(
                "/blank.html", "<!DOCTYPE html><title>-</title>".getBytes(StandardCharsets.UTF_8));
    browser = Browser.open();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void freshStart() {
    // leave the player first: it saves as the page goes, which would undo the clearing
    browser.get(server.url("/blank.html"));
    browser.script("localStorage.clear()");
    browser.get(server.url("/index.html"));
    player = new PlayerDriver(browser.driver()).waitUntilReady();
  }

  private static WebElement find(String css) {
    return browser.driver().findElement(By.cssSelector(css));
  }

  private static String text(String css) {
    return find(css).getText();
  }

  private static void go(int item) {
    find(".toc-items li:nth-child(" + (item + 1) + ") button").sendKeys(Keys.ENTER);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> player.current() == item);
  }

  private static void check() {
    find("#item button[type=submit]").sendKeys(Keys.ENTER);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> answered() {
    return ((List<Map<String, Object>>) browser.script("return window.calls"))
        .stream()
            .filter(c -> "answered".equals(c.get("name")))
            .map(c -> (Map<String, Object>) c.get("arg"))
            .toList();
  }

  @SuppressWarnings("unchecked")
  private static Object raw(Map<String, Object> answer) {
    return ((Map<String, Object>) answer.get("score")).get("raw");
  }

  @Test
  void multipleResponseCountsRightTicksLessWrongTicksThenAllowsTheAttemptsLeft() {
    find("#mr-a").sendKeys(Keys.SPACE);
    find("#mr-b").sendKeys(Keys.SPACE);
    find("#mr-d").sendKeys(Keys.SPACE);
    check();
    // (2 right − 1 wrong) / 3 right options × 3 points
    assertThat(text("#feedback")).contains("C'est en partie juste.", "Presque.", "1 sur 3");
    assertThat(text("#feedback")).contains("Essais restants : 1");
    assertThat(raw(answered().get(0))).isEqualTo(1L);
    assertThat(browser.script("return document.activeElement.id")).isEqualTo("feedback");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
        .until(
            d ->
                find("#announce")
                    .getDomProperty("textContent")
                    .equals(
                        "C'est en partie juste. Score : 1 sur 3. Essais restants : 1."
                            + " Vous pouvez réessayer."));

    player.button("Réessayer");
    assertThat(browser.script("return document.activeElement.type")).isEqualTo("checkbox");
    find("#mr-d").sendKeys(Keys.SPACE);
    find("#mr-c").sendKeys(Keys.SPACE);
    check();
    assertThat(text("#feedback")).contains("Bonne réponse.", "Bravo.", "3 sur 3");
    assertThat(find("#mr-a").isEnabled()).isFalse();
    assertThat(answered()).extracting(a -> a.get("attempt")).containsExactly(1L, 2L);
  }

  @Test
  void wrongTicksNeverTakeTheScoreBelowZero() {
    find("#mr-a").sendKeys(Keys.SPACE);
    find("#mr-d").sendKeys(Keys.SPACE);
    find("#mr-e").sendKeys(Keys.SPACE);
    check();
    assertThat(text("#feedback")).contains("Ce n'est pas la bonne réponse.", "0 sur 3");
    assertThat(raw(answered().get(0))).isEqualTo(0L);
  }

  @Test
  void theHintOpensAndClosesAndSaysSo() {
    WebElement hint = find("button[aria-controls=hint-mr]");
    assertThat(find("#hint-mr").isDisplayed()).isFalse();
    hint.sendKeys(Keys.ENTER);
    assertThat(find("#hint-mr").getText()).isEqualTo("Il y en a trois.");
    assertThat(hint.getDomAttribute("aria-expanded")).isEqualTo("true");
  }

  @Test
  void aCheckWithNothingAnsweredUsesNoAttempt() {
    go(1);
    check();
    // the message stands before the options, and focus goes to the first one, which it describes
    assertThat(text("#item .field-error")).contains("Répondez d'abord");
    assertThat(
            browser.script(
                "var a = document.activeElement; return a.type + ' '"
                    + " + document.getElementById(a.getAttribute('aria-describedby')).className"))
        .isEqualTo("radio field-error");
    assertThat(answered()).isEmpty();
    assertThat(find("#sc-a").isEnabled()).isTrue();
  }

  @Test
  void theLastAttemptLocksTheAnswerAndShowsTheRightOne() {
    go(1);
    find("#sc-b").sendKeys(Keys.SPACE);
    check();
    assertThat(text("#feedback"))
        .contains("Ce n'est pas la bonne réponse.", "Ce n'est pas celle-ci.", "Plus d'essai.")
        .contains("La bonne réponse est affichée.", "Juste");
    assertThat(find("#sc-a").isEnabled()).isFalse();
    assertThat(browser.driver().findElements(By.xpath("//button[contains(., 'Réessayer')]")))
        .isEmpty();
  }

  @Test
  void fillInEarnsTheShareOfGapsRightAndOffersTheAnswerWhenAttemptsAreUnlimited() {
    go(2);
    List<WebElement> gaps = browser.driver().findElements(By.cssSelector(".passage input"));
    gaps.get(0).sendKeys("  elan "); // accents, case and spaces do not count by default
    gaps.get(1).sendKeys("trois");
    check();
    assertThat(text("#feedback")).contains("C'est en partie juste.", "0,5 sur 1", "Le nombre.");
    player.button("Voir la réponse");
    assertThat(text("#feedback")).contains("La bonne réponse est affichée.", "Trou 2 : deux");
  }

  @Test
  void aSequenceStartsShuffledEvenWhenTheAuthorAsksForNoShuffle() {
    go(3);
    List<String> shown =
        browser.driver().findElements(By.cssSelector(".sequence .step-text")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(shown).containsExactlyInAnyOrder("Un", "Deux", "Trois", "Quatre");
    assertThat(shown).isNotEqualTo(List.of("Un", "Deux", "Trois", "Quatre"));
    check();
    assertThat(text("#feedback")).contains("mal placée");
  }

  @Test
  void theModuleScoreShowsInTheContentsAndTheSummary() {
    assertThat(browser.driver().findElements(By.cssSelector(".toc-score"))).isEmpty();
    player.answer(); // mr right: 3 points
    go(1);
    find("#sc-b").sendKeys(Keys.SPACE); // sc wrong: 0 of 1
    check();
    go(2);
    player.answer(); // fi right: 1 of 1
    go(3);
    player.answer(); // sq right: 1 of 1
    assertThat(text(".toc-score")).isEqualTo("Score : 5 sur 6 — Réussi");
    player.button("Terminer");
    assertThat(text("#item h1")).isEqualTo("Bilan");
    assertThat(text("#item")).contains("Le module\nScore : 5 sur 6 — Réussi");
    assertThat(browser.script("return document.activeElement.id")).isEqualTo("item-title");
  }
}
