package org.atelier.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.Item;

/**
 * What a new build of a course does to learners in progress, item by item: whose answers are kept,
 * which start afresh because what the answer depends on changed ({@link AnswerContent}), which
 * items are new and which are gone. Items are matched by id wherever they stand, so an inserted or
 * moved item shifts nothing; a reordered option list resets its question (see {@link
 * AnswerContent}).
 *
 * <pre>{@code
 * for (CourseDiff.Change change : CourseDiff.between(oldCourse, newCourse).changes()) {
 *   System.out.println(change.verdict() + " " + change.itemId());
 * }
 * }</pre>
 *
 * @param changes one per item of either build: the new build's items in order, then the removed
 */
public record CourseDiff(List<Change> changes) {

  /** Copies the list. */
  public CourseDiff {
    changes = List.copyOf(changes);
  }

  /** What happens to the saved answers of one item. */
  public enum Verdict {
    /** Nothing an answer depends on changed: answers are kept (texts may have changed). */
    KEPT,
    /** What an answer depends on changed: learners start this item afresh. */
    RESET,
    /** The item is new: unanswered for everyone. */
    ADDED,
    /** The item is gone: its answers are dropped, and no longer count. */
    REMOVED
  }

  /**
   * One item's verdict.
   *
   * @param itemId the item's id
   * @param title its title in the new build (the old one if removed)
   * @param moduleId its module in the new build (the old one if removed)
   * @param verdict what happens to its answers
   * @param changed for {@link Verdict#RESET}, the parts that changed (e.g. {@code right answer});
   *     for {@link Verdict#KEPT}, empty
   * @param textChanged whether anything a learner reads changed (a kept item may still have new
   *     texts)
   * @param movedFrom the module it stood in before, if it moved to another, else {@code null}
   */
  public record Change(
      String itemId,
      String title,
      String moduleId,
      Verdict verdict,
      List<String> changed,
      boolean textChanged,
      String movedFrom) {

    /** Copies the list. */
    public Change {
      changed = List.copyOf(changed);
    }
  }

  /** The verdict of every item between two builds of a course. */
  public static CourseDiff between(Course before, Course after) {
    Map<String, Placed> old = index(before);
    Map<String, Placed> now = index(after);
    List<Change> changes = new ArrayList<>();
    for (Placed p : now.values()) {
      Placed was = old.get(p.item.id());
      if (was == null) {
        changes.add(
            new Change(
                p.item.id(), p.item.title(), p.module, Verdict.ADDED, List.of(), true, null));
        continue;
      }
      Map<String, String> a = AnswerContent.aspects(was.item);
      Map<String, String> b = AnswerContent.aspects(p.item);
      List<String> changed = new ArrayList<>();
      if (was.item.kind() != p.item.kind()) {
        changed.add("kind");
      } else {
        b.forEach(
            (name, value) -> {
              if (!Objects.equals(a.get(name), value)) {
                changed.add(name);
              }
            });
      }
      changes.add(
          new Change(
              p.item.id(),
              p.item.title(),
              p.module,
              changed.isEmpty() ? Verdict.KEPT : Verdict.RESET,
              changed,
              !was.item.equals(p.item),
              was.module.equals(p.module) ? null : was.module));
    }
    for (Placed was : old.values()) {
      if (!now.containsKey(was.item.id())) {
        changes.add(
            new Change(
                was.item.id(),
                was.item.title(),
                was.module,
                Verdict.REMOVED,
                List.of(),
                true,
                null));
      }
    }
    return new CourseDiff(changes);
  }

  /** The changes with the given verdict. */
  public List<Change> with(Verdict verdict) {
    return changes.stream().filter(c -> c.verdict() == verdict).toList();
  }

  /** Whether learners in progress lose nothing: no item resets and none is removed. */
  public boolean keepsEveryAnswer() {
    return with(Verdict.RESET).isEmpty() && with(Verdict.REMOVED).isEmpty();
  }

  private record Placed(String module, Item item) {}

  private static Map<String, Placed> index(Course course) {
    Map<String, Placed> items = new LinkedHashMap<>();
    for (CourseModule module : course.modules()) {
      for (Item item : module.items()) {
        items.put(item.id(), new Placed(module.id(), item));
      }
    }
    return items;
  }
}
