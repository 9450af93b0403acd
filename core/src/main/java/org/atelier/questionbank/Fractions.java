package org.atelier.questionbank;

/**
 * Answer fractions as Moodle accepts them: Moodle's import matches each fraction against a fixed
 * list (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667,
 * 14.28571, 12.5, 11.11111, 10, 5 and their negatives), so a share of 100 % is only exact for one
 * to ten equal parts.
 */
final class Fractions {
  private Fractions() {}

  /** The most equal parts 100 % can be split into with every part on Moodle's list. */
  static final int MAX_PARTS = 10;

  private static final String[] SHARES = {
    "100", "50", "33.33333", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10"
  };

  /** 100 % split in {@code parts} equal shares, as Moodle writes it (1 ≤ parts ≤ 10). */
  static String share(int parts) {
    if (parts < 1 || parts > MAX_PARTS) {
      throw new IllegalArgumentException("no Moodle fraction for 1/" + parts);
    }
    return SHARES[parts - 1];
  }
}
