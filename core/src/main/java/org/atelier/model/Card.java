package org.atelier.model;

/**
 * A card of a {@link Sequence}.
 *
 * @param id a slug unique in its sequence
 * @param text the card's text (inline markup)
 */
public record Card(String id, String text) {}
