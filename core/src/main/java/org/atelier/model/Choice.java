package org.atelier.model;

/**
 * An answer a survey question offers; none is right or wrong.
 *
 * @param id a slug unique in its question
 * @param text the answer's text (plain)
 */
public record Choice(String id, String text) {}
