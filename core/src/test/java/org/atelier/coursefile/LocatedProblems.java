package org.atelier.coursefile;

import static org.assertj.core.api.Assertions.assertThat;

/** What every refused course file must give, whichever test found the input: located problems. */
public final class LocatedProblems {

  private LocatedProblems() {}

  /**
   * Asserts that a refusal names at least one problem, and each with the file, a line, a column and
   * a message that does not contradict itself (« expected a number, found a number »).
   */
  public static void assertLocated(CourseFileException refusal, String file) {
    assertThat(refusal.diagnostics())
        .isNotEmpty()
        .allSatisfy(
            d -> {
              assertThat(d.line()).isPositive();
              assertThat(d.column()).isPositive();
              assertThat(d.message())
                  .isNotBlank()
                  .doesNotContainPattern("expected a (whole )?number, found a number");
              assertThat(d.toString()).startsWith(file + ":");
            });
  }
}
