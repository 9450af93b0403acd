package org.atelier.model;

/**
 * An activity with a right answer: it can be checked, scored and given feedback. Whether it counts
 * towards the score is in its {@link Rules}.
 */
public sealed interface Question extends Activity
    permits SingleChoice, MultipleResponse, TrueFalse, FillIn, CardSort, Sequence, Timeline {

  /** A hint shown on request (inline markup), or {@code null}. */
  String hint();

  /** Feedback on the whole answer. */
  Feedback feedback();

  /** How the question is scored, retried and presented. */
  Rules rules();
}
