package org.atelier.model;

/** The kinds of item a module holds, with the name each has in a course file. */
public enum Kind {
  PAGE("page"),
  SINGLE_CHOICE("single-choice"),
  MULTIPLE_RESPONSE("multiple-response"),
  TRUE_FALSE("true-false"),
  FILL_IN("fill-in"),
  CARD_SORT("card-sort"),
  SEQUENCE("sequence"),
  TIMELINE("timeline"),
  DISCUSSION("discussion"),
  ACTIONS("actions"),
  SURVEY("survey");

  private final String code;

  Kind(String code) {
    this.code = code;
  }

  /** The name of this kind in a course file, e.g. {@code single-choice}. */
  public String code() {
    return code;
  }

  /** The kind whose course-file name is {@code code}, or {@code null} if there is none. */
  public static Kind fromCode(String code) {
    for (Kind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    return null;
  }

  /** Whether items of this kind can carry a score (they may still be marked not scored). */
  public boolean isQuestion() {
    return switch (this) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, FILL_IN, CARD_SORT, SEQUENCE, TIMELINE ->
          true;
      default -> false;
    };
  }
}
