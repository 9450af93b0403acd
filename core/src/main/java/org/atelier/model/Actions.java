package org.atelier.model;

import java.util.List;

/**
 * Action cards: ways to act after the course. Not scored: each card read is tracked as experienced.
 *
 * @param id a slug unique in the course
 * @param title the title shown to learners
 * @param prompt the instruction (inline markup), or {@code null}
 * @param cards the cards, in order
 * @param duration how many minutes it takes, or {@code null} when the course does not say
 */
public record Actions(
    String id, String title, String prompt, List<ActionCard> cards, Integer duration)
    implements Activity {

  /** Copies the list. */
  public Actions {
    cards = Lists.copy(cards);
  }

  /** Starts one with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public Kind kind() {
    return Kind.ACTIONS;
  }

  @Override
  public <R> R accept(ItemVisitor<R> visitor) {
    return visitor.actions(this);
  }

  /** Builds a {@link Actions}. */
  public static final class Builder extends ListActivityBuilder<ActionCard, Builder> {
    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    public Actions build() {
      return new Actions(id, title, prompt, elements, duration);
    }
  }
}
