package org.atelier.model;

import java.util.List;

/**
 * Discussion cards: context, key points and questions to debate. Not scored: each card read is
 * tracked as experienced.
 *
 * @param id a slug unique in the course
 * @param title the title shown to learners
 * @param prompt the instruction (inline markup), or {@code null}
 * @param cards the cards, in order
 * @param duration how many minutes it takes, or {@code null} when the course does not say
 */
public record Discussion(
    String id, String title, String prompt, List<DiscussionCard> cards, Integer duration)
    implements Activity {

  /** Copies the list. */
  public Discussion {
    cards = Lists.copy(cards);
  }

  /** Starts one with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public Kind kind() {
    return Kind.DISCUSSION;
  }

  @Override
  public <R> R accept(ItemVisitor<R> visitor) {
    return visitor.discussion(this);
  }

  /** Builds a {@link Discussion}. */
  public static final class Builder extends ListActivityBuilder<DiscussionCard, Builder> {
    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    public Discussion build() {
      return new Discussion(id, title, prompt, elements, duration);
    }
  }
}
