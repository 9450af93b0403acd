package org.atelier.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when a real part (browser, npm package, LRS) is missing: under CI it fails
 * loudly, so that a green build never hides a skipped browser test; on a developer's machine it is
 * skipped with a message saying what to install.
 */
public final class RealParts {
  private RealParts() {}

  /** Whether this run is CI's ({@code CI=true}). */
  public static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Fails under CI, skips elsewhere, unless {@code present}. */
  public static void require(boolean present, String whatIsMissing) {
    if (present) {
      return;
    }
    String message = whatIsMissing + " (run ./test, which installs the test parts)";
    if (underCi()) {
      throw new AssertionError("missing test part under CI: " + message);
    }
    Assumptions.assumeTrue(false, message);
  }
}
