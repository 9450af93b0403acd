package org.atelier.model;

import java.util.List;

/**
 * A card of {@link Actions}: one way to act after the course.
 *
 * @param id a slug unique in its activity
 * @param title the card's title (plain text)
 * @param body what the action is about (inline markup), or {@code null}
 * @param actions concrete things to do (inline markup each)
 * @param learnMore where to learn more (inline markup), or {@code null}
 * @param cautions points to watch (inline markup), or {@code null}
 */
public record ActionCard(
    String id, String title, String body, List<String> actions, String learnMore, String cautions) {

  /** Copies the list. */
  public ActionCard {
    actions = Lists.copy(actions);
  }
}
