package org.atelier.questionbank;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import org.atelier.markup.Markup;
import org.atelier.model.Gap;

/**
 * Moodle's embedded-answer (Cloze) syntax for one gap: {@code {1:SHORTANSWER:=a#…~=b~*#…}}. Inside
 * a sub-question, {@code } # ~ / " \} are escaped with a backslash, after the HTML escaping that
 * the surrounding question text needs.
 */
final class Cloze {
  private Cloze() {}

  static String subquestion(Gap gap) {
    StringBuilder code = new StringBuilder("{1:");
    if (gap.isChoice()) {
      code.append("MULTICHOICE:");
      boolean first = true;
      for (String option : gap.options()) {
        code.append(first ? "" : "~").append(gap.accept().contains(option) ? "=" : "");
        code.append(escape(option));
        first = false;
      }
    } else {
      code.append(gap.caseSensitive() ? "SHORTANSWER_C:" : "SHORTANSWER:");
      boolean first = true;
      for (String answer : accepted(gap)) {
        code.append(first ? "=" : "~=").append(escape(answer));
        first = false;
      }
    }
    if (gap.feedback() != null) {
      // Any other answer: no credit, and the gap's feedback.
      code.append("~*#").append(escape(Markup.plain(gap.feedback())));
    }
    return code.append('}').toString();
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
        // The sub-question stands in HTML: its markup characters become entities…
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        // …and the Cloze syntax's own characters are escaped with a backslash.
        case '}', '#', '~', '/', '"', '\\' -> escaped.append('\\').append(c);
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
