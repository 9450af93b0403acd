package org.atelier.questionbank;

import org.atelier.markup.Markup;
import org.atelier.model.Feedback;
import org.atelier.model.Gap;

/**
 * The feedback a gap's answers carry, as inline HTML. Moodle's Cloze and GIFT gaps have feedback
 * per answer and none on the whole text, so a right answer carries the question's feedback for a
 * right answer, and a wrong one the gap's own feedback followed by the question's for a wrong
 * answer. Either is empty when there is none.
 *
 * @param right for an accepted answer
 * @param wrong for any other answer
 */
record GapFeedback(String right, String wrong) {

  static GapFeedback of(Gap gap, Feedback question) {
    String wrong = Markup.inline(gap.feedback());
    String incorrect = Markup.inline(question.incorrect());
    if (!wrong.isEmpty() && !incorrect.isEmpty()) {
      wrong += " ";
    }
    return new GapFeedback(Markup.inline(question.correct()), wrong + incorrect);
  }
}
