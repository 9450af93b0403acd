package org.atelier.model;

/** An item the learner does something with: a {@link Question} or an experienced activity. */
public sealed interface Activity extends Item permits Question, Survey, Discussion, Actions {

  /** The instruction shown above the activity (inline markup), or {@code null}. */
  String prompt();

  /**
   * How many minutes it takes, from 1 to {@link CourseValidator#MAX_DURATION}, or {@code null} when
   * the course does not say. The facilitator's booklet shows it; the packages do not use it.
   */
  Integer duration();
}
