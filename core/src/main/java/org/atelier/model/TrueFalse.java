package org.atelier.model;

/**
 * A statement the learner says is true or false.
 *
 * @param id a slug unique in the course
 * @param title the title shown to learners
 * @param prompt the statement (inline markup)
 * @param hint a hint, or {@code null}
 * @param feedback feedback on the whole answer
 * @param rules scoring, attempts and presentation
 * @param answer whether the statement is true
 * @param feedbackTrue shown when the learner answered true, or {@code null}
 * @param feedbackFalse shown when the learner answered false, or {@code null}
 * @param duration how many minutes it takes, or {@code null} when the course does not say
 */
public record TrueFalse(
    String id,
    String title,
    String prompt,
    String hint,
    Feedback feedback,
    Rules rules,
    boolean answer,
    String feedbackTrue,
    String feedbackFalse,
    Integer duration)
    implements Question {

  /** Fills in defaults. */
  public TrueFalse {
    feedback = feedback == null ? Feedback.NONE : feedback;
    rules = rules == null ? Rules.DEFAULT : rules;
  }

  /** Starts a question with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public Kind kind() {
    return Kind.TRUE_FALSE;
  }

  @Override
  public <R> R accept(ItemVisitor<R> visitor) {
    return visitor.trueFalse(this);
  }

  /** Builds a {@link TrueFalse}. */
  public static final class Builder extends QuestionBuilder<Builder> {
    private boolean answer;
    private String feedbackTrue;
    private String feedbackFalse;

    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    /** Whether the statement is true. */
    public Builder answer(boolean answer) {
      this.answer = answer;
      return this;
    }

    /** Feedback for the learner who answered true, and for the one who answered false. */
    public Builder choiceFeedback(String whenTrue, String whenFalse) {
      this.feedbackTrue = whenTrue;
      this.feedbackFalse = whenFalse;
      return this;
    }

    @Override
    public TrueFalse build() {
      return new TrueFalse(
          id, title, prompt, hint, feedback, rules, answer, feedbackTrue, feedbackFalse, duration);
    }
  }
}
