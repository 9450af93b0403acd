package org.atelier.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Dated cards to place in order, each told apart as reality or fiction.
 *
 * @param id a slug unique in the course
 * @param title the title shown to learners
 * @param prompt the instruction (inline markup), or {@code null}
 * @param hint a hint, or {@code null}
 * @param feedback feedback on the whole answer
 * @param rules scoring, attempts and presentation
 * @param cards the cards, in any order, at least two
 * @param duration how many minutes it takes, or {@code null} when the course does not say
 */
public record Timeline(
    String id,
    String title,
    String prompt,
    String hint,
    Feedback feedback,
    Rules rules,
    List<TimelineCard> cards,
    Integer duration)
    implements Question {

  /** Copies the list and fills in defaults. */
  public Timeline {
    feedback = feedback == null ? Feedback.NONE : feedback;
    rules = rules == null ? Rules.DEFAULT : rules;
    cards = Lists.copy(cards);
  }

  /** Starts a timeline with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public Kind kind() {
    return Kind.TIMELINE;
  }

  @Override
  public <R> R accept(ItemVisitor<R> visitor) {
    return visitor.timeline(this);
  }

  /** The cards in date order, the right answer. Requires every date to be valid. */
  public List<TimelineCard> chronological() {
    List<TimelineCard> sorted = new ArrayList<>(cards);
    sorted.sort(Comparator.comparingLong(TimelineCard::dateKey));
    return List.copyOf(sorted);
  }

  /** Builds a {@link Timeline}. */
  public static final class Builder extends QuestionBuilder<Builder> {
    private final List<TimelineCard> cards = new ArrayList<>();

    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    /** Adds a card. */
    public Builder card(TimelineCard card) {
      cards.add(card);
      return this;
    }

    /** Adds a card of something that happened. */
    public Builder reality(String id, String date, String text, String explanation) {
      return card(new TimelineCard(id, text, date, TimelineCard.Nature.REALITY, explanation));
    }

    /** Adds a card of a work of fiction. */
    public Builder fiction(String id, String date, String text, String explanation) {
      return card(new TimelineCard(id, text, date, TimelineCard.Nature.FICTION, explanation));
    }

    @Override
    public Timeline build() {
      return new Timeline(id, title, prompt, hint, feedback, rules, cards, duration);
    }
  }
}
