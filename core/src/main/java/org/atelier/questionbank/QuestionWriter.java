package org.atelier.questionbank;

import java.util.List;
import org.atelier.model.Actions;
import org.atelier.model.Discussion;
import org.atelier.model.Item;
import org.atelier.model.ItemVisitor;
import org.atelier.model.Page;
import org.atelier.model.Question;
import org.atelier.model.Survey;

/**
 * What every question-bank format does with items that are not questions: pages pass silently,
 * cards, surveys and practice questions are left out with the reason, for the author to read.
 */
abstract class QuestionWriter implements ItemVisitor<Void> {
  private final List<Skipped> skipped;

  QuestionWriter(List<Skipped> skipped) {
    this.skipped = skipped;
  }

  /**
   * Writes {@code item}; a practice question ({@code scored: false}) is left out, since a question
   * in a Moodle quiz always counts towards the grade and the course does not count it.
   */
  final void write(Item item) {
    if (item instanceof Question q && !q.rules().scored()) {
      skip(
          item,
          "a practice question (scored: false) does not count in the course, and a Moodle quiz would grade it");
      return;
    }
    item.accept(this);
  }

  /** Records {@code item} as left out, and why. */
  final Void skip(Item item, String why) {
    skipped.add(new Skipped(item.id(), item.title(), why));
    return null;
  }

  @Override
  public final Void page(Page page) {
    return null; // a content page is plainly not a question: no note
  }

  @Override
  public final Void discussion(Discussion activity) {
    return skip(activity, "discussion cards have no right answer to grade");
  }

  @Override
  public final Void actions(Actions activity) {
    return skip(activity, "action cards have no right answer to grade");
  }

  @Override
  public final Void survey(Survey survey) {
    return skip(survey, "a survey has no right answer; use a Moodle Feedback or Survey activity");
  }
}
