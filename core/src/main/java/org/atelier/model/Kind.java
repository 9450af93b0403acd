package org.atelier.model;

/**
 * The kinds of item a module holds, with the name each has in a course file and the model type that
 * holds it.
 */
public enum Kind {
  PAGE("page", Page.class),
  SINGLE_CHOICE("single-choice", SingleChoice.class),
  MULTIPLE_RESPONSE("multiple-response", MultipleResponse.class),
  TRUE_FALSE("true-false", TrueFalse.class),
  FILL_IN("fill-in", FillIn.class),
  CARD_SORT("card-sort", CardSort.class),
  SEQUENCE("sequence", Sequence.class),
  TIMELINE("timeline", Timeline.class),
  DISCUSSION("discussion", Discussion.class),
  ACTIONS("actions", Actions.class),
  SURVEY("survey", Survey.class);

  private final String code;
  private final Class<? extends Item> type;

  Kind(String code, Class<? extends Item> type) {
    this.code = code;
    this.type = type;
  }

  /** The model type of items of this kind, e.g. {@link SingleChoice}. */
  public Class<? extends Item> type() {
    return type;
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

  /**
   * Whether items of this kind can carry a score (they may still be marked not scored): whether its
   * type is a {@link Question}. The sealed type is the one home of that rule; this reads it.
   */
  public boolean isQuestion() {
    return Question.class.isAssignableFrom(type);
  }
}
