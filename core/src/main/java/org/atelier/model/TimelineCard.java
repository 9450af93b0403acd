package org.atelier.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dated card of a {@link Timeline}: an event that happened, or a work of fiction.
 *
 * @param id a slug unique in its timeline
 * @param text the card's text (inline markup)
 * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; a leading {@code -} is BC
 * @param nature reality or fiction
 * @param explanation shown after the check (inline markup), or {@code null}
 */
public record TimelineCard(String id, String text, String date, Nature nature, String explanation) {

  private static final Pattern DATE =
      Pattern.compile("(-?\\d{1,4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\\d|3[01]))?)?");

  /** Whether a card tells of something that happened or of a fiction. */
  public enum Nature {
    REALITY,
    FICTION
  }

  /** Whether {@code date} is written in one of the accepted forms. */
  public static boolean isValidDate(String date) {
    if (date == null) {
      return false;
    }
    Matcher m = DATE.matcher(date);
    // A day must be one of its month's: 1956-02-30 is no date.
    return m.matches()
        && (m.group(3) == null
            || java.time.YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                .isValidDay(Integer.parseInt(m.group(3))));
  }

  /**
   * A number that orders dates: earlier dates are smaller, and a year alone sorts before its
   * months. Requires a valid date.
   */
  public long dateKey() {
    Matcher m = DATE.matcher(date);
    if (!m.matches()) {
      throw new IllegalStateException("not a valid date: " + date);
    }
    long year = Long.parseLong(m.group(1));
    long month = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
    long day = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
    return year * 10_000 + month * 100 + day;
  }

  /** The year of the date. Requires a valid date. */
  public int year() {
    return (int) Math.floorDiv(dateKey(), 10_000L);
  }
}
