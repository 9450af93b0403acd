package org.atelier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Cards to sort into categories.
 *
 * @param id a slug unique in the course
 * @param title the title shown to learners
 * @param prompt the instruction (inline markup), or {@code null}
 * @param hint a hint, or {@code null}
 * @param feedback feedback on the whole answer
 * @param rules scoring, attempts and presentation
 * @param categories the piles, at least two
 * @param cards the cards, each naming the pile it belongs in
 * @param duration how many minutes it takes, or {@code null} when the course does not say
 */
public record CardSort(
    String id,
    String title,
    String prompt,
    String hint,
    Feedback feedback,
    Rules rules,
    List<Category> categories,
    List<SortCard> cards,
    Integer duration)
    implements Question {

  /** Copies the lists and fills in defaults. */
  public CardSort {
    feedback = feedback == null ? Feedback.NONE : feedback;
    rules = rules == null ? Rules.DEFAULT : rules;
    categories = Lists.copy(categories);
    cards = Lists.copy(cards);
  }

  /** Starts a card sort with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public Kind kind() {
    return Kind.CARD_SORT;
  }

  @Override
  public <R> R accept(ItemVisitor<R> visitor) {
    return visitor.cardSort(this);
  }

  /** Builds a {@link CardSort}. */
  public static final class Builder extends QuestionBuilder<Builder> {
    private final List<Category> categories = new ArrayList<>();
    private final List<SortCard> cards = new ArrayList<>();

    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    /** Adds a pile. */
    public Builder category(String id, String title) {
      categories.add(new Category(id, title));
      return this;
    }

    /** Adds a card. */
    public Builder card(SortCard card) {
      cards.add(card);
      return this;
    }

    /** Adds a card that belongs in the pile {@code category}. */
    public Builder card(String id, String text, String category) {
      return card(SortCard.of(id, text, category));
    }

    @Override
    public CardSort build() {
      return new CardSort(id, title, prompt, hint, feedback, rules, categories, cards, duration);
    }
  }
}
