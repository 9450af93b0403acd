package org.atelier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the builders of card decks and surveys share: a title, an instruction, and a list of
 * elements (cards or questions) in order.
 *
 * @param <E> the elements
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ListActivityBuilder<E, B extends ListActivityBuilder<E, B>> {
  final String id;
  String title;
  String prompt;
  Integer duration;
  final List<E> elements = new ArrayList<>();

  ListActivityBuilder(String id) {
    this.id = id;
  }

  abstract B self();

  /** The title shown to learners. */
  public B title(String title) {
    this.title = title;
    return self();
  }

  /** The instruction (inline markup). */
  public B prompt(String prompt) {
    this.prompt = prompt;
    return self();
  }

  /** Adds one to the end. */
  public B add(E element) {
    elements.add(element);
    return self();
  }

  /** How many minutes it takes (none by default). */
  public B duration(int minutes) {
    this.duration = minutes;
    return self();
  }

  /** Builds it; the course's builder validates it with the rest of the course. */
  public abstract Activity build();
}
