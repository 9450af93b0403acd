package org.atelier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of a course (a day, a chapter): its items in order.
 *
 * @param id a slug unique in the course
 * @param title the title shown to learners
 * @param description what the module is about (inline markup), or {@code null}
 * @param masteryScore the share of the module's scored points needed to pass it (0 to 1), or {@code
 *     null} to use the course's
 * @param items its pages and activities, in order
 */
public record CourseModule(
    String id, String title, String description, Double masteryScore, List<Item> items) {

  /** Copies the list. */
  public CourseModule {
    items = Lists.copy(items);
  }

  /** Starts a module with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The questions of this module that count towards its score. */
  public List<Question> scoredQuestions() {
    List<Question> scored = new ArrayList<>();
    for (Item item : items) {
      if (item instanceof Question q && q.rules().scored()) {
        scored.add(q);
      }
    }
    return scored;
  }

  /**
   * How many minutes the module's activities take together, or {@code null} unless every activity
   * says how long it takes: a sum that leaves some out would pass for the whole. Pages are not
   * counted.
   */
  public Integer duration() {
    int minutes = 0;
    boolean any = false;
    for (Item item : items) {
      if (item instanceof Activity activity) {
        if (activity.duration() == null) {
          return null;
        }
        minutes += activity.duration();
        any = true;
      }
    }
    return any ? minutes : null;
  }

  /** Builds a {@link CourseModule}. */
  public static final class Builder {
    private final String id;
    private String title;
    private String description;
    private Double masteryScore;
    private final List<Item> items = new ArrayList<>();

    Builder(String id) {
      this.id = id;
    }

    /** The title shown to learners. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** What the module is about (inline markup). */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The share of the module's scored points needed to pass it, from 0 to 1. */
    public Builder masteryScore(double masteryScore) {
      this.masteryScore = masteryScore;
      return this;
    }

    /** Adds an item to the end. */
    public Builder item(Item item) {
      items.add(item);
      return this;
    }

    /** Builds the module; the course's builder validates it with the rest of the course. */
    public CourseModule build() {
      return new CourseModule(id, title, description, masteryScore, items);
    }
  }
}
