package org.atelier.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Plays the player's current item as a keyboard user does: real key presses sent to whatever has
 * focus — no click, no {@code focus()} from a script, Tab to get anywhere — answering rightly from
 * the course data the page carries. After every key, focus must be on an element, not the page, and
 * show a ring of at least 3:1 against what is behind it (WCAG 2.4.3, 2.4.7, 1.4.11). Counts the
 * keys, so that the cost of each activity can be stated and kept.
 */
public final class KeyboardPlayer {
  /** Tabs to give up after: a control this far away is a failure in itself. */
  private static final int MAX_TABS = 400;

  /** Where focus is and how its ring looks, or a string saying it is on the page. */
  private static final String FOCUS =
      """
      var a = document.activeElement;
      if (!a || a === document.body || a === document.documentElement) return null;
      var cs = getComputedStyle(a), behind = 'rgb(255, 255, 255)';
      for (var e = a.parentElement; e; e = e.parentElement) {
        var c = getComputedStyle(e).backgroundColor;
        if (c !== 'transparent' && !/rgba\\([^)]*,\\s*0\\)$/.test(c)) { behind = c; break; }
      }
      var shadow = (cs.boxShadow || '').match(/rgba?\\([^)]*\\)/);
      return { what: a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + (a.dataset.focus ? '[' + a.dataset.focus + ']' : '')
          + (typeof a.className === 'string' && a.className ? '.' + a.className.trim().split(/\\s+/).join('.') : ''),
        ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 ? cs.outlineColor : null,
        shadow: shadow ? shadow[0] : null, behind: behind };
      """;

  /** Where to write each key and the focus after it, to see where keys go: -Datelier.keyTrace. */
  private static final java.nio.file.Path TRACE =
      System.getProperty("atelier.keyTrace") == null
          ? null
          : java.nio.file.Path.of(System.getProperty("atelier.keyTrace"));

  private final WebDriver driver;
  private int keys;
  private int natureKeys;

  /** A keyboard on the player of the current page. */
  public KeyboardPlayer(WebDriver driver) {
    this.driver = driver;
  }

  /** The keys pressed so far. */
  public int keys() {
    return keys;
  }

  /**
   * Of {@link #keys()}, those spent choosing timeline cards' natures (« réalité » or « fiction »),
   * not placing them: the two costs are stated apart.
   */
  public int natureKeys() {
    return natureKeys;
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Presses one key on the focused element, then checks where focus is and that it shows. */
  @SuppressWarnings("unchecked")
  public void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
    keys++;
    Map<String, Object> focus = (Map<String, Object>) js(FOCUS);
    String after = "after key " + keys + " (" + name(key) + ")";
    if (TRACE != null) {
      try {
        java.nio.file.Files.writeString(
            TRACE,
            after + " " + (focus == null ? "page" : focus.get("what")) + "\n",
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    if (focus == null) {
      throw new AssertionError("focus fell to the page " + after);
    }
    String ring = (String) focus.get("ring");
    String shadow = (String) focus.get("shadow");
    String behind = (String) focus.get("behind");
    double best =
        Math.max(
            ring == null ? 0 : Contrast.ratio(ring, behind),
            shadow == null ? 0 : Contrast.ratio(shadow, behind));
    if (best < 3) {
      throw new AssertionError(
          "no visible focus on "
              + focus.get("what")
              + " "
              + after
              + ": ring "
              + ring
              + ", shadow "
              + shadow
              + " on "
              + behind);
    }
  }

  private static String name(CharSequence key) {
    return key instanceof Keys k ? k.name() : "\"" + key + "\"";
  }

  /** Types text, a key per character. */
  public void type(String text) {
    text.codePoints().forEach(c -> press(new String(Character.toChars(c))));
  }

  /** Presses Tab until {@code test}, a script on the focused element {@code a}, is true. */
  public void tabTo(String test, Object... args) {
    String script = "var a = document.activeElement; return !!(" + test + ");";
    for (int i = 0; i < MAX_TABS; i++) {
      if (Boolean.TRUE.equals(js(script, args))) {
        return;
      }
      press(Keys.TAB);
    }
    throw new AssertionError("Tab never reached " + test);
  }

  private boolean focused(String test, Object... args) {
    return Boolean.TRUE.equals(
        js("var a = document.activeElement; return !!(" + test + ");", args));
  }

  /**
   * Plays every item from the current one to the last with keys alone, as {@link #answer()} does,
   * and runs axe-core on the first item of each kind once answered: how a package's player (in its
   * LMS's frame, with its tracker's notices) is held to what the standalone site is.
   */
  public void playAllWithAxe(PlayerDriver player) {
    java.util.Set<String> kinds = new java.util.HashSet<>();
    int count = player.count();
    for (int i = player.current(); i < count; i++) {
      String kind = player.kind();
      answer();
      if (kinds.add(kind)) {
        Axe.assertNoViolations(driver, "item " + i + " (" + kind + ") answered");
      }
      if (i < count - 1) {
        next();
      }
    }
  }

  /** Goes to the next item: Tab to « Suivant », Enter. */
  public void next() {
    tabTo("a.matches('#pager button:last-child')");
    press(Keys.ENTER);
  }

  /** Answers the current item rightly (or reads each card), and checks or sends it. */
  @SuppressWarnings("unchecked")
  public void answer() {
    Map<String, Object> item = (Map<String, Object>) js("return window.atelierPlayer.item()");
    switch ((String) item.get("kind")) {
      case "single-choice", "true-false" -> {
        tabTo("a.matches('#item input[type=radio]')");
        String right =
            "true-false".equals(item.get("kind"))
                ? item.get("id") + "-" + (Boolean.TRUE.equals(item.get("answer")) ? 1 : 0)
                : item.get("id") + "-" + rightOption(item);
        long at =
            (Long)
                js(
                    "var id = arguments[0]; return [].findIndex.call("
                        + "document.querySelectorAll('#item input[type=radio]'),"
                        + " function (r) { return r.id === id; })",
                    right);
        if (at == 0) {
          press(Keys.SPACE);
        }
        for (int i = 0; i < at; i++) {
          press(Keys.ARROW_DOWN);
        }
        check();
      }
      case "multiple-response" -> {
        List<String> wanted = new ArrayList<>();
        for (Map<String, Object> o : (List<Map<String, Object>>) item.get("options")) {
          if (Boolean.TRUE.equals(o.get("correct"))) {
            wanted.add(item.get("id") + "-" + o.get("id"));
          }
        }
        long boxes = (Long) js("return document.querySelectorAll('#item .option input').length");
        for (int i = 0; i < boxes; i++) {
          tabTo("a === document.querySelectorAll('#item .option input')[arguments[0]]", i);
          if (wanted.contains((String) js("return document.activeElement.id"))) {
            press(Keys.SPACE);
          }
        }
        check();
      }
      case "fill-in" -> {
        List<Map<String, Object>> gaps = (List<Map<String, Object>>) item.get("gaps");
        List<String> order = new ArrayList<>();
        for (Map<String, Object> segment : (List<Map<String, Object>>) item.get("segments")) {
          if (segment.get("gap") != null) {
            order.add((String) segment.get("gap"));
          }
        }
        for (int i = 0; i < order.size(); i++) {
          String id = order.get(i);
          Map<String, Object> gap =
              gaps.stream().filter(g -> g.get("id").equals(id)).findFirst().orElseThrow();
          String answer = ((List<String>) gap.get("accept")).get(0);
          tabTo("a === document.querySelectorAll('.passage .gap')[arguments[0]]", i);
          if (focused("a.tagName === 'SELECT'")) {
            long at =
                (Long)
                    js(
                        "var text = arguments[0]; return [].findIndex.call("
                            + "document.activeElement.options, function (o) { return o.text === text; })",
                        answer);
            for (int k = 0; k < at; k++) {
              press(Keys.ARROW_DOWN);
            }
          } else {
            type(answer);
          }
        }
        check();
      }
      case "card-sort" -> {
        List<Map<String, Object>> cards = (List<Map<String, Object>>) item.get("cards");
        List<Map<String, Object>> categories = (List<Map<String, Object>>) item.get("categories");
        tabTo("a.matches('.pool .card-pick')");
        while (focused("a.matches('.pool .card-pick')")) {
          int ci = Integer.parseInt((String) js("return document.activeElement.dataset.card"));
          String target = (String) cards.get(ci).get("category");
          int cat = 0;
          while (!categories.get(cat).get("id").equals(target)) {
            cat++;
          }
          press(Keys.ENTER);
          for (int k = 0; k < cat; k++) {
            press(Keys.TAB);
          }
          press(Keys.ENTER);
        }
        check();
      }
      case "sequence", "timeline" -> {
        List<Map<String, Object>> cards = (List<Map<String, Object>>) item.get("cards");
        List<Integer> wanted = new ArrayList<>();
        if ("timeline".equals(item.get("kind"))) {
          for (Object id : (List<Object>) item.get("order")) {
            for (int ci = 0; ci < cards.size(); ci++) {
              if (cards.get(ci).get("id").equals(id)) {
                wanted.add(ci);
              }
            }
          }
        } else {
          for (int ci = 0; ci < cards.size(); ci++) {
            wanted.add(ci);
          }
        }
        for (int p = 0; p < cards.size(); p++) {
          tabTo("a.matches('.sequence [data-pos=\"' + arguments[0] + '\"] .position')", p);
          while (true) {
            String key = (String) js("return document.activeElement.dataset.focus");
            int ci = Integer.parseInt(key.substring(0, key.indexOf(':')));
            int to = wanted.indexOf(ci);
            if (to == p) {
              break;
            }
            type(String.valueOf(to + 1));
            press(Keys.ENTER);
          }
          if ("timeline".equals(item.get("kind"))) {
            int ci = wanted.get(p);
            press(Keys.TAB); // to the card's first nature, none chosen yet
            press("reality".equals(cards.get(ci).get("nature")) ? Keys.SPACE : Keys.ARROW_RIGHT);
            natureKeys += 2;
          }
        }
        check();
      }
      case "discussion", "actions" -> {
        long n = (Long) js("return document.querySelectorAll('.deck-card .read').length");
        for (int i = 0; i < n; i++) {
          tabTo("a === document.querySelectorAll('.deck-card .read')[arguments[0]]", i);
          press(Keys.ENTER);
          if (i == 0 && "actions".equals(item.get("kind"))) {
            tabTo("a.type === 'checkbox'");
            press(Keys.SPACE);
          }
        }
      }
      case "survey" -> {
        List<Map<String, Object>> questions = (List<Map<String, Object>>) item.get("questions");
        for (Map<String, Object> q : questions) {
          String name = item.get("id") + "-" + q.get("id");
          if ("text".equals(q.get("type"))) {
            tabTo("a.id === arguments[0]", name);
            type("Oui");
          } else {
            tabTo("a.id === arguments[0]", name + "-0");
            press(Keys.SPACE);
          }
        }
        tabTo("a.matches('.survey button[type=submit]')");
        press(Keys.ENTER);
        feedback();
      }
      default -> {
        // a page: reading it is all there is to do
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static String rightOption(Map<String, Object> item) {
    return ((List<Map<String, Object>>) item.get("options"))
        .stream()
            .filter(o -> Boolean.TRUE.equals(o.get("correct")))
            .findFirst()
            .orElseThrow()
            .get("id")
            .toString();
  }

  private void check() {
    tabTo("a.matches('#item button[type=submit]')");
    press(Keys.ENTER);
    feedback();
  }

  private void feedback() {
    if (!focused("a.id === 'feedback' && !!a.querySelector('.verdict')")) {
      throw new AssertionError("after the check, focus is not on the feedback");
    }
  }
}
