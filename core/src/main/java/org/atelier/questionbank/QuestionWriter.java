package org.atelier.questionbank;

import java.util.List;
import org.atelier.model.Actions;
import org.atelier.model.Discussion;
import org.atelier.model.Item;
import org.atelier.model.ItemVisitor;
import org.atelier.model.Page;
import org.atelier.model.Survey;

/**
 * What every question-bank format does with items that are not questions: pages pass silently,
 * cards and surveys are left out with the reason, for the author to read.
 */
abstract class QuestionWriter implements ItemVisitor<Void> {
  private final List<Skipped> skipped;

  QuestionWriter(List<Skipped> skipped) {
    this.skipped = skipped;
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
