package org.atelier.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** axe-core on the current page, limited to the WCAG 2.1 A and AA rules. */
public final class Axe {
  private Axe() {}

  /** The rules the page breaks. */
  public static List<Rule> violations(WebDriver driver) {
    // axe-core's Selenium runner ends on the top document: a test inside an LMS's frame would
    // lose its place, so the frames down to this one are noted and entered again after. The
    // player has no frame of its own to test.
    @SuppressWarnings("unchecked")
    List<Number> frames =
        (List<Number>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "var c = [], w = window; while (w !== w.parent) { var p = w.parent;"
                        + " for (var i = 0; i < p.frames.length; i++) {"
                        + " if (p.frames[i] === w) { c.unshift(i); break; } } w = p; } return c;");
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .disableIframeTesting()
            .analyze(driver);
    driver.switchTo().defaultContent();
    frames.forEach(i -> driver.switchTo().frame(i.intValue()));
    return results.getViolations();
  }

  /** Every violation, one per line: rule, impact, help and the elements concerned. */
  public static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            rule ->
                rule.getId()
                    + " ("
                    + rule.getImpact()
                    + "): "
                    + rule.getHelp()
                    + " — "
                    + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }

  /** Fails with every violation described unless the page has none. */
  public static void assertNoViolations(WebDriver driver, String page) {
    List<Rule> violations = violations(driver);
    if (!violations.isEmpty()) {
      throw new AssertionError("axe-core violations on " + page + ":\n" + describe(violations));
    }
  }
}
