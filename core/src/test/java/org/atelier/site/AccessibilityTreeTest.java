package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atelier.testing.Browser;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.Test;

/**
 * What a screen reader is told, from Chromium's own accessibility tree (DevTools protocol): every
 * control of every activity has a role and a name, and no two controls of one activity say the same
 * — a radio or a checkbox counts with the name of its group, as screen readers say it.
 */
class AccessibilityTreeTest {

  /** Marks the activity's controls (and their groups) so that the protocol can find each. */
  private static final String MARK =
      """
      var out = [];
      document.querySelectorAll('[data-ax]').forEach(function (e) { e.removeAttribute('data-ax'); });
      document.querySelectorAll('#item input, #item select, #item textarea, #item button, #item a[href]')
        .forEach(function (e) {
          if (e.disabled || e.closest('[hidden]') || e.getClientRects().length === 0) return;
          var i = out.length; e.setAttribute('data-ax', String(i));
          var group = /^(radio|checkbox)$/.test(e.type) ? e.closest('fieldset') : null;
          if (group && !group.hasAttribute('data-ax')) group.setAttribute('data-ax', 'g' + i);
          out.push({ tag: e.tagName.toLowerCase(), id: e.id, group: group ? group.getAttribute('data-ax') : null });
        });
      return out;
      """;

  /**
   * The role and name of every marked element, by its mark: the whole DOM and the whole
   * accessibility tree read once each (two protocol calls, not three per control), joined on the
   * backend node id.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, String[]> rolesAndNames(Browser browser) {
    Map<String, Object> doc = browser.cdp("DOM.getDocument", Map.of("depth", -1));
    Map<Object, String> marks = new HashMap<>();
    java.util.Deque<Map<String, Object>> todo = new java.util.ArrayDeque<>();
    todo.push((Map<String, Object>) doc.get("root"));
    while (!todo.isEmpty()) {
      Map<String, Object> node = todo.pop();
      List<String> attributes = (List<String>) node.getOrDefault("attributes", List.of());
      for (int a = 0; a + 1 < attributes.size(); a += 2) {
        if (attributes.get(a).equals("data-ax")) {
          marks.put(((Number) node.get("backendNodeId")).longValue(), attributes.get(a + 1));
        }
      }
      ((List<Map<String, Object>>) node.getOrDefault("children", List.of())).forEach(todo::push);
    }
    Map<String, String[]> out = new HashMap<>();
    Map<String, Object> tree = browser.cdp("Accessibility.getFullAXTree", Map.of());
    for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
      Object backend = node.get("backendDOMNodeId");
      String mark = backend == null ? null : marks.get(((Number) backend).longValue());
      if (mark != null && !Boolean.TRUE.equals(node.get("ignored"))) {
        out.put(mark, new String[] {value(node.get("role")), value(node.get("name"))});
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static String value(Object property) {
    return property instanceof Map<?, ?> m && m.get("value") != null
        ? String.valueOf(((Map<String, Object>) m).get("value")).strip()
        : "";
  }

  @SuppressWarnings("unchecked")
  private static List<String> problems(Browser browser, String where) {
    List<Map<String, Object>> controls = (List<Map<String, Object>>) browser.script(MARK);
    List<String> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    Map<String, String[]> told = rolesAndNames(browser);
    String[] none = {"", ""};
    for (int i = 0; i < controls.size(); i++) {
      String[] rn = told.getOrDefault(String.valueOf(i), none);
      String said = rn[0] + " « " + rn[1] + " »";
      if (controls.get(i).get("group") != null) {
        said += " in « " + told.getOrDefault((String) controls.get(i).get("group"), none)[1] + " »";
      }
      String what = where + ": " + controls.get(i).get("tag") + "#" + controls.get(i).get("id");
      if (rn[0].isEmpty() || rn[0].equals("generic") || rn[0].equals("none")) {
        problems.add(what + " has no role");
      }
      if (rn[1].isEmpty()) {
        problems.add(what + " has no name");
      }
      String before = seen.put(said, what);
      if (before != null) {
        problems.add(what + " says the same as " + before + ": " + said);
      }
    }
    return problems;
  }

  @Test
  void everyControlOfEveryActivityHasARoleAndANameOfItsOwn() throws Exception {
    try (LocalServer server =
            LocalServer.start()
                .files("/", SiteRenderer.render(Fixtures.cafeIa(), Tracker.local()).files());
        Browser browser = Browser.open()) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < player.count(); i++) {
        String where = player.kind() + " « " + player.item().get("title") + " »";
        problems.addAll(problems(browser, where));
        if ("card-sort".equals(player.kind())) {
          // a card picked shows where it can go
          browser
              .driver()
              .findElement(org.openqa.selenium.By.cssSelector(".pool .card-pick"))
              .sendKeys(org.openqa.selenium.Keys.ENTER);
          problems.addAll(problems(browser, where + ", a card picked"));
          browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        }
        player.answer();
        problems.addAll(problems(browser, where + ", answered"));
        if (i < player.count() - 1) {
          player.next();
        }
      }
      assertThat(problems).isEmpty();
    }
  }
}
