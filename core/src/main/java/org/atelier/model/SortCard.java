package org.atelier.model;

/**
 * A card of a {@link CardSort}.
 *
 * @param id a slug unique in its card sort
 * @param text the card's text (inline markup)
 * @param category the id of the category it belongs in
 * @param feedback shown when it was sorted wrongly (inline markup), or {@code null}
 */
public record SortCard(String id, String text, String category, String feedback) {

  /** A card that belongs in {@code category}. */
  public static SortCard of(String id, String text, String category) {
    return new SortCard(id, text, category, null);
  }
}
