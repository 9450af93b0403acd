package org.atelier.model;

/**
 * A pile of a {@link CardSort}.
 *
 * @param id a slug unique in its card sort
 * @param title the pile's name (plain text)
 */
public record Category(String id, String title) {}
