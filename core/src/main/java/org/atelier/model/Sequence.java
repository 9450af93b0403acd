package org.atelier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Cards to put in order.
 *
 * @param id a slug unique in the course
 * @param title the title shown to learners
 * @param prompt the instruction (inline markup), or {@code null}
 * @param hint a hint, or {@code null}
 * @param feedback feedback on the whole answer
 * @param rules scoring, attempts and presentation
 * @param cards the cards in the right order, at least two
 * @param duration how many minutes it takes, or {@code null} when the course does not say
 */
public record Sequence(
    String id,
    String title,
    String prompt,
    String hint,
    Feedback feedback,
    Rules rules,
    List<Card> cards,
    Integer duration)
    implements Question {

  /** Copies the list and fills in defaults. */
  public Sequence {
    feedback = feedback == null ? Feedback.NONE : feedback;
    rules = rules == null ? Rules.DEFAULT : rules;
    cards = Lists.copy(cards);
  }

  /** Starts a sequence with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public Kind kind() {
    return Kind.SEQUENCE;
  }

  @Override
  public <R> R accept(ItemVisitor<R> visitor) {
    return visitor.sequence(this);
  }

  /** Builds a {@link Sequence}. */
  public static final class Builder extends QuestionBuilder<Builder> {
    private final List<Card> cards = new ArrayList<>();

    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    /** Adds the next card in the right order. */
    public Builder card(String id, String text) {
      cards.add(new Card(id, text));
      return this;
    }

    @Override
    public Sequence build() {
      return new Sequence(id, title, prompt, hint, feedback, rules, cards, duration);
    }
  }
}
