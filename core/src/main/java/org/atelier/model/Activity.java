package org.atelier.model;

/** An item the learner does something with: a {@link Question} or an experienced activity. */
public sealed interface Activity extends Item permits Question, Survey, Discussion, Actions {

  /** The instruction shown above the activity (inline markup), or {@code null}. */
  String prompt();
}
