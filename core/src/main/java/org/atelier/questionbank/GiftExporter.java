package org.atelier.questionbank;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.atelier.markup.Markup;
import org.atelier.model.CardSort;
import org.atelier.model.Category;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.model.Item;
import org.atelier.model.MultipleResponse;
import org.atelier.model.Option;
import org.atelier.model.Question;
import org.atelier.model.Sequence;
import org.atelier.model.SingleChoice;
import org.atelier.model.SortCard;
import org.atelier.model.Timeline;
import org.atelier.model.TrueFalse;

/**
 * Exports what GIFT can express — choices, true/false, one-gap texts, card sorts as matching — as
 * Moodle's GIFT text format. What GIFT cannot express (texts with several gaps, sequences,
 * timelines) is left out and reported, with a pointer to the Moodle XML export that keeps it.
 */
public final class GiftExporter {

  private static final String USE_XML = "; the Moodle XML export (--format moodle-xml) keeps it";

  private final Course course;
  private final StringBuilder gift = new StringBuilder();
  private final List<Skipped> skipped = new ArrayList<>();
  private int questions;

  private GiftExporter(Course course) {
    this.course = course;
  }

  /** The course's questions as GIFT, in a file named {@code <course id>-questions.gift.txt}. */
  public static QuestionBankExport export(Course course) {
    GiftExporter exporter = new GiftExporter(course);
    exporter.write();
    return new QuestionBankExport(
        course.id() + "-questions.gift.txt",
        exporter.gift.toString().getBytes(StandardCharsets.UTF_8),
        exporter.questions,
        exporter.skipped);
  }

  private void write() {
    gift.append("// ").append(line(course.title())).append(" — Atelier\n\n");
    for (CourseModule module : course.modules()) {
      gift.append("$CATEGORY: ").append(MoodleXmlExporter.categoryPath(course, module));
      gift.append("\n\n");
      for (Item item : module.items()) {
        new Writer().write(item);
      }
    }
  }

  /**
   * GIFT's special characters {@code ~ = # { } :} and the backslash are escaped with a backslash; a
   * line break becomes {@code \n}.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '~', '=', '#', '{', '}', ':', '\\' -> escaped.append('\\').append(c);
        case '\n' -> escaped.append("\\n");
        case '\r' -> {}
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String line(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  private static String html(String markup) {
    return markup == null ? "" : escape(Markup.block(markup).strip());
  }

  private static String inline(String markup) {
    return escape(Markup.inline(markup).strip());
  }

  private void start(Question q, String text) {
    questions++;
    // Moodle's GIFT reads a question's idnumber from [id:…] in the comment before it.
    gift.append("// [id:").append(q.id().replace("]", "\\]")).append("]\n");
    gift.append("::").append(escape(line(q.title()))).append("::[html]").append(text);
  }

  private void end() {
    gift.append("\n\n");
  }

  /** Writes each kind; what GIFT cannot express is recorded as skipped. */
  private final class Writer extends QuestionWriter {
    Writer() {
      super(skipped);
    }

    @Override
    public Void singleChoice(SingleChoice q) {
      start(q, html(q.prompt()));
      choices(q.options(), "=", "~");
      end();
      return null;
    }

    @Override
    public Void multipleResponse(MultipleResponse q) {
      int right = (int) q.options().stream().filter(Option::correct).count();
      if (right > Fractions.MAX_PARTS) {
        return skip(q, "GIFT's weights cannot split 100 % between " + right + " right options");
      }
      start(q, html(q.prompt()));
      String share = Fractions.share(right);
      choices(q.options(), "~%" + share + "%", "~%-" + share + "%");
      end();
      return null;
    }

    private void choices(List<Option> options, String right, String wrong) {
      gift.append("{\n");
      for (Option option : options) {
        gift.append("  ").append(option.correct() ? right : wrong).append(inline(option.text()));
        if (option.feedback() != null) {
          gift.append('#').append(html(option.feedback()));
        }
        gift.append('\n');
      }
      gift.append('}');
    }

    @Override
    public Void trueFalse(TrueFalse q) {
      start(q, html(q.prompt()));
      // GIFT: {TRUE#feedback for a wrong answer#feedback for a right answer}
      String whenRight = q.answer() ? q.feedbackTrue() : q.feedbackFalse();
      String whenWrong = q.answer() ? q.feedbackFalse() : q.feedbackTrue();
      gift.append('{').append(q.answer() ? "TRUE" : "FALSE");
      if (whenWrong != null || whenRight != null) {
        gift.append('#').append(html(whenWrong));
      }
      if (whenRight != null) {
        gift.append('#').append(html(whenRight));
      }
      gift.append('}');
      end();
      return null;
    }

    @Override
    public Void fillIn(FillIn q) {
      if (q.gaps().size() != 1) {
        return skip(
            q, "GIFT allows one gap per question, this text has " + q.gaps().size() + USE_XML);
      }
      Gap gap = q.gaps().get(0);
      if (!gap.isChoice() && gap.caseSensitive()) {
        return skip(q, "GIFT's short answers ignore case, and this gap's case matters" + USE_XML);
      }
      start(q, html(q.prompt()));
      gift.append(Passage.html(q, GiftExporter::escape, g -> gap(q, g)));
      end();
      return null;
    }

    /**
     * GIFT's answer braces for the one gap, each answer with its feedback (see {@link
     * GapFeedback}); Moodle shows a {@code _____} in their place.
     */
    private String gap(FillIn q, Gap gap) {
      GapFeedback feedback = GapFeedback.of(gap, q.feedback());
      String right = feedback(feedback.right());
      String wrong = feedback(feedback.wrong());
      StringBuilder code = new StringBuilder("{");
      if (gap.isChoice()) {
        for (String option : gap.options()) {
          boolean accepted = gap.accept().contains(option);
          code.append(accepted ? "=" : "~").append(escape(option));
          code.append(accepted ? right : wrong).append(' ');
        }
      } else {
        for (String answer : Cloze.accepted(gap)) {
          code.append('=').append(escape(answer)).append(right).append(' ');
        }
        if (!wrong.isEmpty()) {
          // Any other answer: no credit, and the feedback for a wrong answer.
          code.append("=%0%*").append(wrong).append(' ');
        }
      }
      return code.append('}').toString();
    }

    private static String feedback(String html) {
      return html.isEmpty() ? "" : "#" + escape(html);
    }

    @Override
    public Void cardSort(CardSort q) {
      start(q, html(q.prompt()));
      gift.append("{\n");
      for (SortCard card : q.cards()) {
        Category category =
            q.categories().stream()
                .filter(c -> c.id().equals(card.category()))
                .findFirst()
                .orElseThrow();
        gift.append("  =")
            .append(inline(card.text()))
            .append(" -> ")
            .append(escape(line(category.title())))
            .append('\n');
      }
      gift.append('}');
      end();
      return null;
    }

    @Override
    public Void sequence(Sequence q) {
      return skip(q, "GIFT has no ordering question" + USE_XML);
    }

    @Override
    public Void timeline(Timeline q) {
      return skip(q, "GIFT has no ordering question" + USE_XML);
    }
  }
}
