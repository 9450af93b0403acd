package org.atelier.model;

/**
 * One option of a choice question.
 *
 * @param id a slug unique in its question
 * @param text the option's text (inline markup)
 * @param correct whether ticking it is right
 * @param feedback shown when the learner chose it (inline markup), or {@code null}
 */
public record Option(String id, String text, boolean correct, String feedback) {

  /** A right option. */
  public static Option correct(String id, String text) {
    return new Option(id, text, true, null);
  }

  /** A wrong option. */
  public static Option wrong(String id, String text) {
    return new Option(id, text, false, null);
  }

  /** This option with feedback shown when it is chosen. */
  public Option withFeedback(String feedback) {
    return new Option(id, text, correct, feedback);
  }
}
