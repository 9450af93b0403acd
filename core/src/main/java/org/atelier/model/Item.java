package org.atelier.model;

/**
 * One entry of a module: a content {@link Page} or an {@link Activity}. Every item has an id, a
 * slug unique in its course, from which tracking ids are derived; renaming a title never changes
 * it.
 */
public sealed interface Item permits Page, Activity {

  /** The author-given slug, unique in the course. */
  String id();

  /** The title shown to learners (plain text). */
  String title();

  /** What kind of item this is. */
  Kind kind();

  /** Calls the visitor's method for this item's type. */
  <R> R accept(ItemVisitor<R> visitor);
}
