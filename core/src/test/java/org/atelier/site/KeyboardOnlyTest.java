package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atelier.testing.Browser;
import org.atelier.testing.KeyboardPlayer;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The example course played with real keys alone, in real Chromium: focus never falls to the page
 * and always shows, and each activity's cost in keys is written to {@code
 * target/keyboard-counts.tsv} and held against the counts kept beside this test, as sizes are, so
 * that a regression shows.
 */
class KeyboardOnlyTest {
  /**
   * The keys each activity took when they were last kept, as sizes are: an activity that needs more
   * is a regression. Fewer is an improvement, to be kept by copying the run's file over it.
   */
  private static final String KEPT = "keyboard-counts.tsv";

  /** The 18-card timeline, natures left out: it took 486 keys with the Move buttons alone. */
  private static final int TIMELINE_PLACING_MAX = 60;

  /** A card sort of 12 cards: 194 and 283 keys when « Placer ici » came after every card left. */
  private static final int SORT_MAX = 55;

  private static LocalServer serve(org.atelier.model.Course course) {
    return LocalServer.start().files("/", SiteRenderer.render(course, Tracker.local()).files());
  }

  /**
   * One activity's cost: its kind, how many cards or questions, the keys it took, and of those the
   * keys choosing timeline cards' natures.
   */
  record Cost(String kind, String title, int size, int keys, int natureKeys) {
    String line() {
      return kind + "\t" + size + "\t" + keys + "\t" + natureKeys + "\t" + title;
    }

    static Cost of(String line) {
      String[] cells = line.split("\t");
      return new Cost(
          cells[0],
          cells[4],
          Integer.parseInt(cells[1]),
          Integer.parseInt(cells[2]),
          Integer.parseInt(cells[3]));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyActivityOfTheExampleCourseIsDoneWithKeysAloneFocusAlwaysSeen() throws Exception {
    List<Cost> costs = new ArrayList<>();
    int moving = 0;
    try (LocalServer server = serve(Fixtures.cafeIa());
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      KeyboardPlayer keys = new KeyboardPlayer(browser.driver());
      // From the page's start: Tab to the first activity's heading is not asked of anyone, so
      // start from the contents' first item as a learner would, and count only the activities.
      for (int i = 0; i < player.count(); i++) {
        Map<String, Object> item = player.item();
        int before = keys.keys();
        int naturesBefore = keys.natureKeys();
        keys.answer();
        String kind = (String) item.get("kind");
        Object parts = item.getOrDefault("cards", item.get("questions"));
        costs.add(
            new Cost(
                kind,
                (String) item.get("title"),
                parts instanceof List<?> l ? l.size() : 0,
                keys.keys() - before,
                keys.natureKeys() - naturesBefore));
        if (i < player.count() - 1) {
          int at = keys.keys();
          keys.next();
          moving += keys.keys() - at;
          assertThat(player.current()).isEqualTo(i + 1);
        }
      }
      assertThat(browser.consoleErrors()).isEmpty();
    }
    StringBuilder out =
        new StringBuilder(
            "# Keys to complete each activity of the Café IA course with the keyboard alone"
                + " (KeyboardOnlyTest).\n# kind\tcards or questions\tkeys\tof which natures"
                + "\ttitle\n");
    costs.forEach(c -> out.append(c.line()).append('\n'));
    out.append("# moving from one activity to the next, in all: " + moving + "\n");
    Path file = Path.of("target/keyboard-counts.tsv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out, StandardCharsets.UTF_8);
    System.out.print(out);
    assertThat(costs)
        .filteredOn(c -> c.kind.equals("timeline") && c.size == 18)
        .isNotEmpty()
        .allSatisfy(
            c ->
                assertThat(c.keys - c.natureKeys)
                    .as(c.title + ", placing")
                    .isLessThanOrEqualTo(TIMELINE_PLACING_MAX));
    assertThat(costs)
        .filteredOn(c -> c.kind.equals("card-sort") && c.size == 12)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.keys).as(c.title).isLessThanOrEqualTo(SORT_MAX));
    Map<String, Cost> kept = kept();
    assertThat(costs)
        .allSatisfy(
            c -> {
              assertThat(kept)
                  .as("« %s » has no kept count in %s: add the run's line", c.title, KEPT)
                  .containsKey(c.title);
              assertThat(c.keys)
                  .as(
                      "« %s » now takes more keys than were kept in %s: a regression (if it is"
                          + " meant, copy target/keyboard-counts.tsv over it and say why)",
                      c.title, KEPT)
                  .isLessThanOrEqualTo(kept.get(c.title).keys);
            });
  }

  private static Map<String, Cost> kept() throws Exception {
    Map<String, Cost> kept = new java.util.LinkedHashMap<>();
    try (var in = KeyboardOnlyTest.class.getResourceAsStream(KEPT)) {
      assertThat(in).as(KEPT).isNotNull();
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .map(Cost::of)
          .forEach(c -> kept.put(c.title, c));
    }
    return kept;
  }

  private static void to(PlayerDriver player, String kind) {
    while (!kind.equals(player.kind())) {
      player.next();
    }
  }

  @Test
  void anIncompleteSurveyTakesFocusToTheFirstUnansweredQuestionAndNamesIt() throws Exception {
    try (LocalServer server = serve(Fixtures.everyKind());
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      to(player, "survey");
      KeyboardPlayer keys = new KeyboardPlayer(browser.driver());
      assertThat(browser.script("return document.getElementById('avis-utile-0').required"))
          .isEqualTo(true);
      keys.tabTo("a.matches('.survey button[type=submit]')");
      keys.press(Keys.ENTER);
      assertThat(browser.script("return document.activeElement.id")).isEqualTo("avis-utile-0");
      assertThat(browser.script("return document.activeElement.getAttribute('aria-invalid')"))
          .isEqualTo("true");
      Object message =
          browser.script(
              "var d = document.activeElement.getAttribute('aria-describedby');"
                  + " var p = document.getElementById(d);"
                  + " return p.closest('fieldset') === document.activeElement.closest('fieldset')"
                  + " ? p.textContent : 'far from its question: ' + p.textContent");
      assertThat(message).asString().startsWith("⚠ Répondez d'abord").contains("« C'est utile »");
      // Answered, the question is no longer marked; sent, the survey is done.
      keys.press(Keys.SPACE);
      assertThat(browser.script("return document.querySelectorAll('[aria-invalid]').length"))
          .isEqualTo(0L);
      keys.tabTo("a.matches('.survey button[type=submit]')");
      keys.press(Keys.ENTER);
      assertThat(browser.script("return document.activeElement.id")).isEqualTo("feedback");
    }
  }

  @Test
  void aCheckWithNothingAnsweredTakesFocusToTheFirstGapWithTheMessageBesideIt() throws Exception {
    try (LocalServer server = serve(Fixtures.everyKind());
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      to(player, "fill-in");
      KeyboardPlayer keys = new KeyboardPlayer(browser.driver());
      keys.tabTo("a.matches('#item button[type=submit]')");
      keys.press(Keys.ENTER);
      assertThat(browser.script("return document.activeElement.matches('.passage .gap')"))
          .isEqualTo(true);
      assertThat(
              browser.script(
                  "var a = document.activeElement;"
                      + " return [a.getAttribute('aria-invalid'), a.getAttribute('aria-label'),"
                      + " document.getElementById(a.getAttribute('aria-describedby')).nextElementSibling.className]"))
          .asString()
          .isEqualTo("[true, Trou 1 : L'IA génère … ce qui est …., passage]");
      assertThat(browser.script("return document.getElementById('feedback').textContent"))
          .isEqualTo("");
    }
  }

  @Test
  void theContentsOpenedOnANarrowPageCloseWithEscapeBackToTheirToggle() throws Exception {
    try (LocalServer server = serve(Fixtures.everyKind());
        Browser browser = Browser.open(320, 800)) {
      browser.get(server.url("/index.html"));
      new PlayerDriver(browser.driver()).waitUntilReady();
      KeyboardPlayer keys = new KeyboardPlayer(browser.driver());
      keys.tabTo("a.id === 'toc-toggle'");
      keys.press(Keys.ENTER);
      keys.tabTo("a.closest('#toc')");
      assertThat(browser.script("return getComputedStyle(document.getElementById('toc')).display"))
          .isEqualTo("block");
      keys.press(Keys.ESCAPE);
      assertThat(
              browser.script(
                  "var a = document.activeElement; return a.id + ' ' + a.getAttribute('aria-expanded')"
                      + " + ' ' + getComputedStyle(document.getElementById('toc')).display"))
          .isEqualTo("toc-toggle false none");
    }
  }
}
