package org.atelier.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core on the current page, limited to the WCAG 2.1 A and AA rules. */
public final class Axe {
  private Axe() {}

  /** The rules the page breaks. */
  public static List<Rule> violations(WebDriver driver) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
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
