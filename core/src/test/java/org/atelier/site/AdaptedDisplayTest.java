package org.atelier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.testing.Browser;
import org.atelier.testing.LocalServer;
import org.atelier.testing.PlayerDriver;
import org.junit.jupiter.api.Test;

/**
 * The player as people who adapt their display see it, 320 px wide (WCAG 1.4.10): with forced
 * colours (Windows high contrast) and with WCAG 1.4.12's text spacing, every activity keeps within
 * the width, clips no text, and the current item of the contents keeps a mark that is not colour.
 */
class AdaptedDisplayTest {
  private static final String SPACING =
      """
      var s = document.createElement('style');
      s.textContent = '* { line-height: 1.5 !important; letter-spacing: .12em !important;'
        + ' word-spacing: .16em !important; } p { margin-bottom: 2em !important; }';
      document.head.appendChild(s);
      """;

  /** What overflows: the page's width, or an element whose text is cut by its own box. */
  private static final String OVERFLOW =
      """
      var out = [], width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > width + 1)
        out.push('the page is ' + document.documentElement.scrollWidth + ' px wide for ' + width);
      document.querySelectorAll('body *').forEach(function (e) {
        if (e.closest('.sr-only, script, style, [hidden], noscript') || e.getClientRects().length === 0) return;
        var cs = getComputedStyle(e), r = e.getBoundingClientRect();
        var what = e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '')
          + ' « ' + (e.textContent || e.value || '').trim().slice(0, 40) + ' »';
        if (r.right > width + 1 && r.width > 0) out.push(what + ' reaches ' + Math.round(r.right) + ' px');
        // text fields scroll their own text, which is no loss (a long answer in a gap at 320 px)
        var clips = /hidden|clip|auto|scroll/.test(cs.overflowX + cs.overflowY) || e.tagName === 'BUTTON';
        if (clips && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1) && !/^(INPUT|SELECT|TEXTAREA)$/.test(e.tagName))
          out.push(what + ' clips its text (' + e.scrollWidth + '×' + e.scrollHeight + ' in ' + e.clientWidth + '×' + e.clientHeight + ')');
      });
      return out;
      """;

  /** How the current contents item differs from another, colours left out. */
  private static final String CURRENT =
      """
      var cur = document.querySelector('#toc [aria-current]'), other = document.querySelector('#toc button:not([aria-current])');
      var a = getComputedStyle(cur), b = getComputedStyle(other), out = [];
      ['fontWeight', 'fontStyle', 'textDecorationLine', 'borderLeftWidth', 'borderLeftStyle', 'outlineStyle'].forEach(function (p) {
        if (a[p] !== b[p]) out.push(p);
      });
      if (cur.querySelector('.toc-mark').textContent !== other.querySelector('.toc-mark').textContent) out.push('mark');
      return out;
      """;

  @Test
  @SuppressWarnings("unchecked")
  void aLongAnswerInAGapIsShownWholeOnceTheActivityIsOver() throws Exception {
    // The test course's gap text, with one attempt so that a wrong answer ends it.
    Path file = Path.of("src/test/resources/org/atelier/site/every-kind/course.yaml");
    String yaml = Files.readString(file).replace("id: trous\n", "id: trous\n        attempts: 1\n");
    org.atelier.model.Course course =
        CourseFileReader.read(
            yaml.getBytes(StandardCharsets.UTF_8), "course.yaml", file.getParent());
    try (LocalServer server =
            LocalServer.start().files("/", SiteRenderer.render(course, Tracker.local()).files());
        Browser browser = Browser.open(320, 800)) {
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      browser.script(SPACING);
      player.go("trous");
      String longest = "anticonstitutionnellement".repeat(3).substring(0, 60);
      browser.script(
          "var longest = arguments[0];"
              + " document.querySelectorAll('.passage input.gap').forEach(function (f) {"
              + " f.value = longest; f.dispatchEvent(new Event('input')); })",
          longest);
      // Checked once, it is over: the answer is text in the sentence, whole, inside the width.
      browser.script("document.querySelector('#item button[type=submit]').click()");
      assertThat(
              (List<String>)
                  browser.script(
                      "return [].map.call(document.querySelectorAll('.passage .gap-given'),"
                          + " function (g) { return g.lastChild.textContent; })"))
          .containsExactly(longest, "—");
      assertThat((List<String>) browser.script(OVERFLOW)).isEmpty();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void forcedColoursAndTextSpacingAt320PixelsKeepEveryActivityWhole() throws Exception {
    try (LocalServer server =
            LocalServer.start()
                .files("/", SiteRenderer.render(Fixtures.cafeIa(), Tracker.local()).files());
        Browser browser = Browser.open(320, 800)) {
      browser.cdp(
          "Emulation.setEmulatedMedia",
          Map.of("features", List.of(Map.of("name", "forced-colors", "value", "active"))));
      browser.get(server.url("/index.html"));
      PlayerDriver player = new PlayerDriver(browser.driver()).waitUntilReady();
      assertThat(browser.script("return matchMedia('(forced-colors: active)').matches"))
          .isEqualTo(true);
      browser.script(SPACING);
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < player.count(); i++) {
        String where = player.kind() + " « " + player.item().get("title") + " »: ";
        ((List<String>) browser.script(OVERFLOW)).forEach(p -> problems.add(where + p));
        player.answer();
        ((List<String>) browser.script(OVERFLOW))
            .forEach(p -> problems.add(where + "answered, " + p));
        if (i < player.count() - 1) {
          player.next();
        }
      }
      // The contents, opened over the page: the current item is told apart without colour.
      browser.script("document.getElementById('toc-toggle').click()");
      assertThat((List<String>) browser.script(CURRENT)).isNotEmpty();
      ((List<String>) browser.script(OVERFLOW)).forEach(p -> problems.add("contents: " + p));
      assertThat(problems).isEmpty();
    }
  }
}
