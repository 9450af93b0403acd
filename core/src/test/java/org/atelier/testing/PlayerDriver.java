package org.atelier.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Plays an Atelier course in a browser with the keyboard alone — keys sent to elements, never a
 * click — answering each item rightly from the course data the page carries. Works in a frame too:
 * switch the driver to the player's frame first.
 */
public final class PlayerDriver {
  private final WebDriver driver;

  /** A driver for the player on the current page (or frame). */
  public PlayerDriver(WebDriver driver) {
    this.driver = driver;
  }

  /** Waits until the player has started and shows an item. */
  public PlayerDriver waitUntilReady() {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.cssSelector("#item h1")).isEmpty());
    return this;
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The index of the item shown. */
  public int current() {
    return ((Number) js("return window.atelierPlayer.current()")).intValue();
  }

  /** How many items the player plays. */
  public int count() {
    return ((Number) js("return window.atelierPlayer.count()")).intValue();
  }

  /** The player's saved state, as it would be given to the tracker now. */
  public String state() {
    return (String) js("return window.atelierPlayer.state()");
  }

  /** The current item's data. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> item() {
    return (Map<String, Object>) js("return window.atelierPlayer.item()");
  }

  /** The kind of the current item, e.g. {@code card-sort}. */
  public String kind() {
    return (String) item().get("kind");
  }

  private WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  private static void press(WebElement element, CharSequence key) {
    element.sendKeys(key);
  }

  /** Presses Enter on the button whose text contains {@code text}. */
  public void button(String text) {
    for (WebElement b : driver.findElements(By.cssSelector("#main button"))) {
      if (b.getText().contains(text) && b.isEnabled()) {
        press(b, Keys.ENTER);
        return;
      }
    }
    throw new AssertionError("no enabled button \"" + text + "\"");
  }

  /**
   * From now on, keeps a copy of each answer the player reports to its tracker ({@code answered}),
   * so that a test can compare what the platform stored with what was reported.
   */
  public PlayerDriver recordAnswers() {
    js(
        "var t = window.atelierTracker, answered = t.answered; window.reported = [];"
            + " t.answered = function (a) {"
            + " window.reported.push(JSON.parse(JSON.stringify(a)));"
            + " return answered.apply(t, arguments); };");
    return this;
  }

  /** The answers reported since {@link #recordAnswers()}, as the tracker received them. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> recordedAnswers() {
    return (List<Map<String, Object>>) js("return window.reported");
  }

  /** Moves to the next item. */
  public void next() {
    int before = current();
    press(find("#pager button:last-child"), Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> current() == before + 1);
  }

  /** Goes to the item {@code id} through the contents, as a learner would. */
  @SuppressWarnings("unchecked")
  public void go(String id) {
    List<String> ids =
        (List<String>)
            js(
                "var d = JSON.parse(document.getElementById('atelier-data').textContent);"
                    + " var m = new URLSearchParams(location.search).get('module');"
                    + " return [].concat.apply([], d.modules.filter(function (x) {"
                    + " return !m || x.id === m; }).map(function (x) {"
                    + " return x.items.map(function (i) { return i.id; }); }));");
    int index = ids.indexOf(id);
    if (index < 0) {
      throw new IllegalArgumentException("no item " + id + " in " + ids);
    }
    List<WebElement> entries = driver.findElements(By.cssSelector(".toc-items button"));
    js("arguments[0].click()", entries.get(index));
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> current() == index);
  }

  /** Answers every item rightly, from the first to the last. */
  public void playAll() {
    int count = count();
    for (int i = current(); i < count; i++) {
      answer();
      if (i < count - 1) {
        next();
      }
    }
  }

  /** Answers the current item rightly (or reads it), then checks or sends the answer. */
  @SuppressWarnings("unchecked")
  public void answer() {
    Map<String, Object> item = item();
    String id = (String) item.get("id");
    switch ((String) item.get("kind")) {
      case "single-choice", "multiple-response" -> {
        for (Map<String, Object> option : (List<Map<String, Object>>) item.get("options")) {
          WebElement input = find("#" + css(id + "-" + option.get("id")));
          if (Boolean.TRUE.equals(option.get("correct")) != input.isSelected()) {
            press(input, Keys.SPACE);
          }
        }
        check();
      }
      case "true-false" -> {
        press(
            find("#" + css(id + "-" + (Boolean.TRUE.equals(item.get("answer")) ? 1 : 0))),
            Keys.SPACE);
        check();
      }
      case "fill-in" -> {
        List<Map<String, Object>> gaps = (List<Map<String, Object>>) item.get("gaps");
        List<WebElement> fields = driver.findElements(By.cssSelector(".passage .gap"));
        List<String> order = new ArrayList<>();
        for (Map<String, Object> segment : (List<Map<String, Object>>) item.get("segments")) {
          if (segment.get("gap") != null) {
            order.add((String) segment.get("gap"));
          }
        }
        for (int i = 0; i < order.size(); i++) {
          String gapId = order.get(i);
          Map<String, Object> gap =
              gaps.stream().filter(g -> g.get("id").equals(gapId)).findFirst().orElseThrow();
          String answer = ((List<String>) gap.get("accept")).get(0);
          WebElement field = fields.get(i);
          if (field.getTagName().equals("select")) {
            new org.openqa.selenium.support.ui.Select(field); // a select: type to choose
            field.sendKeys(answer);
          } else {
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, answer);
          }
        }
        check();
      }
      case "card-sort" -> {
        List<Map<String, Object>> cards = (List<Map<String, Object>>) item.get("cards");
        List<Map<String, Object>> categories = (List<Map<String, Object>>) item.get("categories");
        for (int ci = 0; ci < cards.size(); ci++) {
          String target = (String) cards.get(ci).get("category");
          int cat = 0;
          while (!categories.get(cat).get("id").equals(target)) {
            cat++;
          }
          press(find("[data-card=\"" + ci + "\"]"), Keys.ENTER);
          // a card picked from the pool offers each category, in order
          List<WebElement> places = driver.findElements(By.cssSelector(".destinations .place"));
          press(places.get(cat), Keys.ENTER);
        }
        check();
      }
      case "sequence" -> {
        List<Map<String, Object>> cards = (List<Map<String, Object>>) item.get("cards");
        arrange(cards.stream().map(c -> (String) c.get("text")).toList());
        check();
      }
      case "timeline" -> {
        List<Map<String, Object>> cards = (List<Map<String, Object>>) item.get("cards");
        List<String> byDate = new ArrayList<>();
        for (Object cardId : (List<Object>) item.get("order")) {
          byDate.add(
              (String)
                  cards.stream()
                      .filter(c -> c.get("id").equals(cardId))
                      .findFirst()
                      .orElseThrow()
                      .get("text"));
        }
        arrange(byDate);
        for (Map<String, Object> card : cards) {
          String nature = "reality".equals(card.get("nature")) ? "r" : "f";
          press(find("#" + css(id + "-n-" + card.get("id") + "-" + nature)), Keys.SPACE);
        }
        check();
      }
      case "discussion", "actions" -> {
        int n = ((List<Object>) item.get("cards")).size();
        for (int i = 0; i < n; i++) {
          List<WebElement> unread =
              driver.findElements(By.cssSelector(".deck-card button[aria-pressed=\"false\"]"));
          press(unread.get(0), Keys.ENTER);
        }
      }
      case "survey" -> {
        for (Map<String, Object> q : (List<Map<String, Object>>) item.get("questions")) {
          String name = id + "-" + q.get("id");
          if ("text".equals(q.get("type"))) {
            find("#" + css(name)).sendKeys("Très utile, merci !");
          } else {
            press(find("#" + css(name + "-0")), Keys.SPACE);
          }
        }
        press(find(".survey button[type=submit]"), Keys.ENTER);
        waitForFeedback();
      }
      default -> {
        // a page: reading it is all there is to do
      }
    }
  }

  /**
   * Answers the current single-choice or true/false item wrongly and checks it; any other kind is
   * answered rightly.
   */
  @SuppressWarnings("unchecked")
  public void answerWrongly() {
    Map<String, Object> item = item();
    String id = (String) item.get("id");
    switch ((String) item.get("kind")) {
      case "single-choice" -> {
        Map<String, Object> wrong =
            ((List<Map<String, Object>>) item.get("options"))
                .stream()
                    .filter(o -> !Boolean.TRUE.equals(o.get("correct")))
                    .findFirst()
                    .orElseThrow();
        press(find("#" + css(id + "-" + wrong.get("id"))), Keys.SPACE);
        check();
      }
      case "true-false" -> {
        press(
            find("#" + css(id + "-" + (Boolean.TRUE.equals(item.get("answer")) ? 0 : 1))),
            Keys.SPACE);
        check();
      }
      default -> answer();
    }
  }

  private void check() {
    press(find("#item button[type=submit]"), Keys.ENTER);
    waitForFeedback();
  }

  private void waitForFeedback() {
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> !d.findElements(By.cssSelector("#feedback .verdict")).isEmpty());
  }

  /** The verdict shown after the last check, e.g. "Bonne réponse.". */
  public String verdict() {
    return find("#feedback .verdict").getText();
  }

  /**
   * Puts the cards of the ordered list in {@code wanted} order as a keyboard user does: down the
   * list, the card wanted at each place is sent there by typing the place into its « Position » (a
   * swap). One page read and one field per place: the Move up buttons took a WebDriver call per
   * card per step, tens of seconds for the 18-card timeline.
   */
  @SuppressWarnings("unchecked")
  private void arrange(List<String> wanted) {
    for (int target = 0; target < wanted.size(); target++) {
      List<String> shown =
          ((List<String>)
                  js(
                      "return [].map.call(document.querySelectorAll('.sequence .step .step-text'),"
                          + " function (e) { return e.textContent; })"))
              .stream().map(PlayerDriver::normal).toList();
      int at = shown.indexOf(normal(wanted.get(target)));
      if (at < 0) {
        throw new AssertionError("card not found: " + wanted.get(target) + " in " + shown);
      }
      if (at != target) {
        find(".sequence [data-pos=\"" + at + "\"] .position")
            .sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(target + 1), Keys.ENTER);
      }
    }
  }

  private static String normal(String text) {
    return text.replaceAll("(?U)\\s+", " ").strip();
  }

  /** Escapes an id for a CSS selector. */
  private static String css(String id) {
    return id.replaceAll("([^a-zA-Z0-9_-])", "\\\\$1").replaceAll("^(\\d)", "\\\\3$1 ");
  }
}
