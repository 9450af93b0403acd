package org.atelier.model;

import java.util.List;

/**
 * A card of a {@link Discussion}: context, the points that matter, questions to debate.
 *
 * @param id a slug unique in its discussion
 * @param title the card's title (plain text)
 * @param body context and examples (inline markup), or {@code null}
 * @param keyPoints the points that matter (inline markup each)
 * @param questions questions to open the debate (inline markup each)
 */
public record DiscussionCard(
    String id, String title, String body, List<String> keyPoints, List<String> questions) {

  /** Copies the lists. */
  public DiscussionCard {
    keyPoints = Lists.copy(keyPoints);
    questions = Lists.copy(questions);
  }
}
