package org.atelier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the builders of choice questions share: the options, right and wrong.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ChoiceBuilder<B extends ChoiceBuilder<B>> extends QuestionBuilder<B> {
  final List<Option> options = new ArrayList<>();

  ChoiceBuilder(String id) {
    super(id);
  }

  /** Adds an option. */
  public B option(Option option) {
    options.add(option);
    return self();
  }

  /** Adds a right option. */
  public B correct(String id, String text) {
    return option(Option.correct(id, text));
  }

  /** Adds a wrong option. */
  public B wrong(String id, String text) {
    return option(Option.wrong(id, text));
  }
}
