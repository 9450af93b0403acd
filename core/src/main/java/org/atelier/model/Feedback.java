package org.atelier.model;

/**
 * Feedback on a whole answer (inline markup); any part may be {@code null}.
 *
 * @param correct shown when the answer is entirely right
 * @param incorrect shown when it is not
 * @param partial shown when part of it is right; {@link #forPartial()} falls back to {@code
 *     incorrect}
 */
public record Feedback(String correct, String incorrect, String partial) {

  /** No feedback at all. */
  public static final Feedback NONE = new Feedback(null, null, null);

  /** Feedback for a right and a wrong answer. */
  public static Feedback of(String correct, String incorrect) {
    return new Feedback(correct, incorrect, null);
  }

  /** The text for a partly right answer: {@code partial}, else {@code incorrect}. */
  public String forPartial() {
    return partial != null ? partial : incorrect;
  }
}
