package org.atelier.coursefile;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How booleans and numbers are written in a course file. A value is taken only in a form whose
 * meaning no YAML reader disputes (YAML 1.2's core schema, decimal numbers); every other form that
 * some reader takes for a boolean or a number (YAML 1.1's {@code yes}, {@code on}, {@code 010},
 * {@code 0x1F}, {@code .nan}…) is refused with the form to write instead, never guessed.
 */
final class ScalarForms {
  private ScalarForms() {}

  /** A value read, or why it cannot be: exactly one of {@code value} and {@code message}. */
  record Read<T>(T value, String message, String fix) {
    static <T> Read<T> of(T value) {
      return new Read<>(value, null, null);
    }

    static <T> Read<T> refused(String message, String fix) {
      return new Read<>(null, message, fix);
    }
  }

  private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
  private static final Set<String> FALSE = Set.of("false", "False", "FALSE");
  private static final Set<String> YAML11_TRUE = Set.of("yes", "y", "on");
  private static final Set<String> YAML11_FALSE = Set.of("no", "n", "off");

  /** A decimal number: digits, an optional fraction and exponent, no leading zero. */
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(0|[1-9]\\d*)(\\.\\d*)?([eE][-+]?\\d+)?|[-+]?\\.\\d+([eE][-+]?\\d+)?");

  private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0\\d+(\\.\\d*)?");
  private static final Pattern BASED = Pattern.compile("([-+]?)0([xXoObB])([0-9a-fA-F_]+)");

  static Read<Boolean> bool(Node.Scalar s) {
    if (s.type() == Node.Scalar.Type.BOOLEAN || s.type() == Node.Scalar.Type.TEXT) {
      String text = s.text().strip();
      String lower = text.toLowerCase(Locale.ROOT);
      if (s.type() == Node.Scalar.Type.BOOLEAN && TRUE.contains(text)) {
        return Read.of(true);
      }
      if (s.type() == Node.Scalar.Type.BOOLEAN && FALSE.contains(text)) {
        return Read.of(false);
      }
      if (YAML11_TRUE.contains(lower) || YAML11_FALSE.contains(lower)) {
        String meant = YAML11_TRUE.contains(lower) ? "true" : "false";
        return Read.refused(
            "\"" + text + "\" is not true or false in a course file",
            "write `"
                + meant
                + "` (only true and false are booleans here, as in YAML 1.2 and JSON: older YAML"
                + " readers take "
                + text
                + " for a boolean, newer ones for a text)");
      }
      if (TRUE.contains(text) || FALSE.contains(text)) {
        return Read.refused(
            "expected true or false, found a text",
            "write " + lower + " without quotes: quoted, it is a text");
      }
    }
    return Read.refused(
        "expected true or false, found " + s.description(), "write true or false, without quotes");
  }

  /** How a share is written, said where a number may be one; never where a count is asked. */
  private static final String PERCENT = " (for a percentage, 0.8 is 80 %)";

  static Read<Double> number(Node.Scalar s) {
    String text = s.text() == null ? "" : s.text().strip();
    String digits = text.replaceAll("(?<=\\d)_(?=\\d)", "");
    if (s.type() == Node.Scalar.Type.NUMBER && DECIMAL.matcher(digits).matches()) {
      double value = Double.parseDouble(digits);
      if (Double.isInfinite(value)) {
        return Read.refused(
            "the number " + text + " is too large", "write a number such as 1 or 0.8");
      }
      return Read.of(value);
    }
    if (s.type() != Node.Scalar.Type.NUMBER && s.type() != Node.Scalar.Type.TEXT) {
      return Read.refused(
          "expected a number, found " + s.description(), "write a number such as 1 or 0.8");
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.matches("[-+]?\\.(nan|inf)")) {
      return Read.refused(
          text + " is not a number a course can use (YAML writes « not a number » and infinity so)",
          "write a number such as 1 or 0.8");
    }
    var based = BASED.matcher(text);
    if (based.matches()) {
      int radix =
          switch (Character.toLowerCase(based.group(2).charAt(0))) {
            case 'x' -> 16;
            case 'o' -> 8;
            default -> 2;
          };
      try {
        BigInteger value = new BigInteger(based.group(1) + based.group(3).replace("_", ""), radix);
        return Read.refused(
            text + " is written in base " + radix + ", which YAML readers do not all read alike",
            "write it in decimal: " + value);
      } catch (NumberFormatException e) {
        // not a number in that base either: the general message below
      }
    }
    if (LEADING_ZERO.matcher(digits).matches()) {
      String decimal = digits.replaceFirst("^([-+]?)0+(?=\\d)", "$1");
      String octal =
          digits.matches("[-+]?0[0-7]+")
              ? " (older YAML readers take "
                  + text
                  + " for the octal number "
                  + octalOf(digits)
                  + ")"
              : "";
      return Read.refused(
          text + " starts with a 0" + octal, "write " + decimal + " without the leading 0");
    }
    if (s.type() == Node.Scalar.Type.TEXT && DECIMAL.matcher(digits).matches()) {
      return Read.refused(
          "expected a number, found a text",
          "write " + text + " without quotes: quoted, it is a text");
    }
    if (s.type() == Node.Scalar.Type.NUMBER) {
      // YAML 1.1 reads it as a number (1:30 in base 60, 1__0), YAML 1.2 and JSON do not
      return Read.refused(
          text + " is not a number in decimal, though older YAML readers take it for one",
          "write a number in decimal, such as 1 or 0.8" + PERCENT);
    }
    return Read.refused(
        "expected a number, found " + s.description(),
        "write a number in decimal, such as 1 or 0.8" + PERCENT);
  }

  static Read<Integer> integer(Node.Scalar s) {
    Read<Double> number = number(s);
    if (number.value() == null) {
      return Read.refused(
          number.message().replace("expected a number", "expected a whole number"),
          number.fix().replace(PERCENT, "").replace("such as 1 or 0.8", "such as 3"));
    }
    double value = number.value();
    if (value != Math.rint(value) || Math.abs(value) > 1_000_000_000) {
      return Read.refused(
          "expected a whole number, found " + s.text(), "write a whole number such as 3");
    }
    return Read.of((int) value);
  }

  /**
   * A duration as people write it: {@code 15min}, {@code 15 minutes}, {@code 1h30}, {@code 2 h}.
   */
  private static final Pattern SPOKEN_MINUTES =
      Pattern.compile("(\\d{1,4})\\s*(?:min|mn|minutes?)\\.?", Pattern.CASE_INSENSITIVE);

  private static final Pattern SPOKEN_HOURS =
      Pattern.compile(
          "(\\d{1,2})\\s*(?:h|hours?|heures?)\\s*(?:(\\d{1,2})\\s*(?:min|mn|minutes?)?\\.?)?",
          Pattern.CASE_INSENSITIVE);

  private static final String MINUTES_FIX =
      "write how many minutes it takes as a whole number, e.g. `duration: 15` (an hour and a half"
          + " is 90)";

  /**
   * A duration in whole minutes. One written as people write it ({@code 15min}, {@code 1h30}) is
   * refused with the number of minutes it means; every other form as {@link #number} and {@link
   * #integer} refuse it, with a fix that speaks of minutes.
   */
  static Read<Integer> minutes(Node.Scalar s) {
    String text = s.text() == null ? "" : s.text().strip();
    Integer spoken = spokenMinutes(text);
    if (s.type() == Node.Scalar.Type.TEXT && spoken != null) {
      return Read.refused(
          "\"" + text + "\" is not a number of minutes",
          "write `duration: " + spoken + "`: a duration is a whole number of minutes");
    }
    Read<Integer> whole = integer(s);
    if (whole.value() != null) {
      return whole;
    }
    // the fixes that name a form to write (without quotes, in decimal) stay; the general ones
    // speak of minutes
    return Read.refused(
        whole.message().replace("expected a whole number", "expected a whole number of minutes"),
        whole.fix().contains("such as 3") ? MINUTES_FIX : whole.fix());
  }

  /** The minutes that « 15 min » or « 1h30 » means, or {@code null} for any other text. */
  private static Integer spokenMinutes(String text) {
    var minutes = SPOKEN_MINUTES.matcher(text);
    if (minutes.matches()) {
      return Integer.parseInt(minutes.group(1));
    }
    var hours = SPOKEN_HOURS.matcher(text);
    if (hours.matches()) {
      int extra = hours.group(2) == null ? 0 : Integer.parseInt(hours.group(2));
      return Integer.parseInt(hours.group(1)) * 60 + extra;
    }
    return null;
  }

  private static BigInteger octalOf(String digits) {
    return new BigInteger(digits.replaceFirst("^\\+", ""), 8);
  }
}
