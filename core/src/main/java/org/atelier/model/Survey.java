package org.atelier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Questions with no right answer. Never scored; the answers are tracked for the trainer's report.
 *
 * @param id a slug unique in the course
 * @param title the title shown to learners
 * @param prompt the instruction (inline markup), or {@code null}
 * @param questions the questions, in order
 */
public record Survey(String id, String title, String prompt, List<SurveyQuestion> questions)
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
  public static final class Builder {
    private final String id;
    private String title;
    private String prompt;
    private final List<SurveyQuestion> questions = new ArrayList<>();

    Builder(String id) {
      this.id = id;
    }

    /** The title shown to learners. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The instruction (inline markup). */
    public Builder prompt(String prompt) {
      this.prompt = prompt;
      return this;
    }

    /** Adds one to the end. */
    public Builder add(SurveyQuestion element) {
      questions.add(element);
      return this;
    }

    /** Builds it; the course's builder validates it with the rest of the course. */
    public Survey build() {
      return new Survey(id, title, prompt, questions);
    }
  }
}
