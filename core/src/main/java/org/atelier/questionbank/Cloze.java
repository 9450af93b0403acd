package org.atelier.questionbank;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import org.atelier.model.Feedback;
import org.atelier.model.Gap;

/**
 * Moodle's embedded-answer (Cloze) syntax for one gap: {@code {2:SHORTANSWER:=a#…~=b#…~*#…}}.
 * Moodle decodes HTML entities in each answer and feedback after cutting the sub-question at its
 * {@code ~ # }} and reads a backslash only before {@code }} and {@code #}, so the characters that
 * would cut it ({@code } # ~}), the backslash and HTML's own ({@code & < >}) are written as
 * entities.
 */
final class Cloze {
  private Cloze() {}

  /**
   * {@code gap} as a sub-question worth {@code weight} marks; {@code question} is the feedback on
   * the whole text, which Moodle shows in each gap's pop-up (see {@link GapFeedback}).
   */
  static String subquestion(Gap gap, long weight, Feedback question) {
    GapFeedback feedback = GapFeedback.of(gap, question);
    String right = feedback(feedback.right());
    String wrong = feedback(feedback.wrong());
    StringBuilder code = new StringBuilder("{").append(weight).append(':');
    if (gap.isChoice()) {
      code.append("MULTICHOICE:");
      boolean first = true;
      for (String option : gap.options()) {
        boolean accepted = gap.accept().contains(option);
        code.append(first ? "" : "~").append(accepted ? "=" : "");
        code.append(escape(option)).append(accepted ? right : wrong);
        first = false;
      }
    } else {
      code.append(gap.caseSensitive() ? "SHORTANSWER_C:" : "SHORTANSWER:");
      boolean first = true;
      for (String answer : accepted(gap)) {
        code.append(first ? "=" : "~=").append(escape(answer)).append(right);
        first = false;
      }
      if (!wrong.isEmpty()) {
        // Any other answer: no credit, and the feedback for a wrong answer.
        code.append("~*").append(wrong);
      }
    }
    return code.append('}').toString();
  }

  /** {@code #} and the feedback's HTML, or nothing when there is none. */
  private static String feedback(String html) {
    return html.isEmpty() ? "" : "#" + escape(html);
  }

  /**
   * The answers Moodle should accept. Moodle compares short answers with accents, so a gap that
   * tolerates accents also accepts each answer without them.
   */
  static Set<String> accepted(Gap gap) {
    Set<String> answers = new LinkedHashSet<>();
    for (String answer : gap.accept()) {
      answers.add(answer.strip());
    }
    if (!gap.accentSensitive()) {
      for (String answer : gap.accept()) {
        answers.add(withoutAccents(answer.strip()));
      }
    }
    return answers;
  }

  static String withoutAccents(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '}' -> escaped.append("&#125;");
        case '#' -> escaped.append("&#35;");
        case '~' -> escaped.append("&#126;");
        case '\\' -> escaped.append("&#92;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
