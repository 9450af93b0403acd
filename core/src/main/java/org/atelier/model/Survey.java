package org.atelier.model;

import java.util.List;

/**
 * Questions with no right answer. Never scored; the answers are tracked for the trainer's report.
 *
 * @param id a slug unique in the course
 * @param title the title shown to learners
 * @param prompt the instruction (inline markup), or {@code null}
 * @param questions the questions, in order
 * @param duration how many minutes it takes, or {@code null} when the course does not say
 */
public record Survey(
    String id, String title, String prompt, List<SurveyQuestion> questions, Integer duration)
    implements Activity {

  /** Copies the list. */
  public Survey {
    questions = Lists.copy(questions);
  }

  /** Starts one with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public Kind kind() {
    return Kind.SURVEY;
  }

  @Override
  public <R> R accept(ItemVisitor<R> visitor) {
    return visitor.survey(this);
  }

  /** Builds a {@link Survey}. */
  public static final class Builder extends ListActivityBuilder<SurveyQuestion, Builder> {
    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    public Survey build() {
      return new Survey(id, title, prompt, elements, duration);
    }
  }
}
