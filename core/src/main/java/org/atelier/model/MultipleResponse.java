package org.atelier.model;

import java.util.List;

/**
 * A question where the learner ticks every right option, and only those.
 *
 * @param id a slug unique in the course
 * @param title the title shown to learners
 * @param prompt the question (inline markup)
 * @param hint a hint, or {@code null}
 * @param feedback feedback on the whole answer
 * @param rules scoring, attempts and presentation
 * @param options the options, in the author's order
 * @param duration how many minutes it takes, or {@code null} when the course does not say
 */
public record MultipleResponse(
    String id,
    String title,
    String prompt,
    String hint,
    Feedback feedback,
    Rules rules,
    List<Option> options,
    Integer duration)
    implements Question {

  /** Copies the list and fills in defaults. */
  public MultipleResponse {
    feedback = feedback == null ? Feedback.NONE : feedback;
    rules = rules == null ? Rules.DEFAULT : rules;
    options = Lists.copy(options);
  }

  /** Starts a question with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public Kind kind() {
    return Kind.MULTIPLE_RESPONSE;
  }

  @Override
  public <R> R accept(ItemVisitor<R> visitor) {
    return visitor.multipleResponse(this);
  }

  /** Builds a {@link MultipleResponse}. */
  public static final class Builder extends ChoiceBuilder<Builder> {
    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    public MultipleResponse build() {
      return new MultipleResponse(id, title, prompt, hint, feedback, rules, options, duration);
    }
  }
}
