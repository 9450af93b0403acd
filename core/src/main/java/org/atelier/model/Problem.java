package org.atelier.model;

/**
 * Something wrong with a course, found by the {@link CourseValidator}.
 *
 * @param path where it is, as a field path from the course, e.g. {@code
 *     modules[0].items[3].options}
 * @param message what is wrong
 * @param fix how to put it right
 */
public record Problem(String path, String message, String fix) {

  /** {@code path: message — fix}. */
  @Override
  public String toString() {
    return path + ": " + message + (fix == null ? "" : " — " + fix);
  }
}
