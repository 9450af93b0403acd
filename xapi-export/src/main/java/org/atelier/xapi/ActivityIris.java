package org.atelier.xapi;

import org.atelier.model.Course;

/**
 * The activity IRIs of a course, derived from its base IRI and the model's stable ids (see
 * docs/architecture.md): the same in the packages' manifests, in the statements the player sends,
 * and in the trainer's report.
 */
public final class ActivityIris {
  private final String base;

  private ActivityIris(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The IRIs of {@code course}. */
  public static ActivityIris of(Course course) {
    return new ActivityIris(course.baseIri());
  }

  /** The course's IRI: its base IRI. */
  public String course() {
    return base;
  }

  /** A module's IRI. */
  public String module(String moduleId) {
    return base + "/" + moduleId;
  }

  /** An item's IRI. */
  public String item(String moduleId, String itemId) {
    return module(moduleId) + "/" + itemId;
  }

  /** A part of an item (a gap, a survey question, a card, a timeline's order or nature). */
  public String part(String moduleId, String itemId, String partId) {
    return item(moduleId, itemId) + "/" + partId;
  }
}
