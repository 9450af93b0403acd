package org.atelier.model;

/**
 * An image file of the course.
 *
 * @param src a path relative to the course's media folder, inside it
 * @param alt the alternative text; empty only for a decorative image
 * @param decorative whether the image carries no information (screen readers skip it)
 */
public record Image(String src, String alt, boolean decorative) {

  /** An informative image with its alternative text. */
  public static Image of(String src, String alt) {
    return new Image(src, alt, false);
  }
}
