package org.atelier.questionbank;

import java.util.ArrayList;
import java.util.List;
import org.atelier.markup.Markup;
import org.atelier.model.CardSort;
import org.atelier.model.Category;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.Feedback;
import org.atelier.model.FillIn;
import org.atelier.model.Item;
import org.atelier.model.MultipleResponse;
import org.atelier.model.Option;
import org.atelier.model.Question;
import org.atelier.model.Sequence;
import org.atelier.model.SingleChoice;
import org.atelier.model.SortCard;
import org.atelier.model.Timeline;
import org.atelier.model.TimelineCard;
import org.atelier.model.TrueFalse;

/**
 * Exports a course's questions as Moodle XML, Moodle's own question-bank format, so that they can
 * be reused in Moodle quizzes: one category per module, stable {@code idnumber}s from the ids.
 *
 * <p>How each kind maps: single choice and multiple response → {@code multichoice}; true/false →
 * {@code truefalse}; fill-in with any typed gap, or a gap with its own feedback → {@code
 * multianswer} (Cloze, a drop-down for gaps chosen from a list), with only chosen gaps → {@code
 * gapselect}; card sort → {@code match} (each card gets a drop-down of the piles, which is what
 * sorting cards into piles is); sequence → {@code ordering}; timeline → an {@code ordering}
 * question for the dates and a {@code match} question for reality or fiction. Pages, discussion and
 * action cards and surveys are not quiz questions and are left out, each reported in {@link
 * QuestionBankExport#skipped()}.
 */
public final class MoodleXmlExporter {

  private static final String PENALTY = "0.3333333";

  private final Course course;
  private final Marks marks;
  private final XmlOut xml = new XmlOut();
  private final List<Skipped> skipped = new ArrayList<>();
  private int questions;

  private MoodleXmlExporter(Course course) {
    this.course = course;
    this.marks = Marks.of(course);
  }

  /**
   * Whether a fill-in is a Cloze question: any typed gap, or a gap with its own feedback, which a
   * gapselect has no place for (Cloze shows it in the gap's pop-up).
   */
  static boolean isCloze(FillIn q) {
    return !q.gaps().stream().allMatch(g -> g.isChoice() && g.feedback() == null);
  }

  /** The course's questions as a Moodle XML file named {@code <course id>-questions.xml}. */
  public static QuestionBankExport export(Course course) {
    MoodleXmlExporter exporter = new MoodleXmlExporter(course);
    byte[] content = exporter.write();
    return new QuestionBankExport(
        course.id() + "-questions.xml", content, exporter.questions, exporter.skipped);
  }

  private byte[] write() {
    xml.open("quiz");
    for (CourseModule module : course.modules()) {
      category(module);
      for (Item item : module.items()) {
        new Writer(module).write(item);
      }
    }
    xml.close();
    return xml.finish();
  }

  /** {@code $course$/top/<course>/<module>}; a slash inside a name is doubled, as Moodle reads. */
  static String categoryPath(Course course, CourseModule module) {
    return "$course$/top/" + escapeSlashes(course.title()) + "/" + escapeSlashes(module.title());
  }

  private static String escapeSlashes(String name) {
    return name.strip().replace("/", "//");
  }

  private void category(CourseModule module) {
    xml.comment("module " + module.id());
    xml.open("question", "type", "category")
        .open("category")
        .element("text", categoryPath(course, module))
        .close()
        .formatted(
            "info", "html", module.description() == null ? "" : Markup.block(module.description()))
        .element("idnumber", course.id() + "-" + module.id())
        .close();
  }

  private void head(String type, Question q, String text) {
    head(type, q, "", "", text, marks.mark(q));
  }

  private void head(
      String type, Question q, String idSuffix, String titleSuffix, String text, String mark) {
    questions++;
    xml.open("question", "type", type)
        .open("name")
        .element("text", q.title() + titleSuffix)
        .close()
        .formatted("questiontext", "html", text)
        .formatted("generalfeedback", "html", "")
        .element("defaultgrade", mark)
        .element("penalty", PENALTY)
        .element("hidden", "0")
        .element("idnumber", q.id() + idSuffix);
  }

  private void combinedFeedback(Feedback feedback) {
    xml.formatted("correctfeedback", "html", html(feedback.correct()))
        .formatted("partiallycorrectfeedback", "html", html(feedback.forPartial()))
        .formatted("incorrectfeedback", "html", html(feedback.incorrect()))
        .element("shownumcorrect", null);
  }

  private static String html(String markup) {
    return markup == null ? "" : Markup.block(markup);
  }

  private static String prompt(Question q) {
    return q.prompt() == null ? "" : Markup.block(q.prompt());
  }

  /** Writes each kind of item; what is not a question is recorded as skipped. */
  private final class Writer extends QuestionWriter {
    private final CourseModule module;

    Writer(CourseModule module) {
      super(skipped);
      this.module = module;
    }

    @Override
    public Void singleChoice(SingleChoice q) {
      multichoice(q, true, q.options());
      return null;
    }

    @Override
    public Void multipleResponse(MultipleResponse q) {
      long right = q.options().stream().filter(Option::correct).count();
      if (right > Fractions.MAX_PARTS) {
        return skip(
            q,
            "Moodle's fractions cannot split 100 % between "
                + right
                + " right options; keep at most "
                + Fractions.MAX_PARTS);
      }
      multichoice(q, false, q.options());
      return null;
    }

    private void multichoice(Question q, boolean single, List<Option> options) {
      head("multichoice", q, prompt(q));
      int right = (int) options.stream().filter(Option::correct).count();
      // Multiple response: each right tick earns 1/right, each wrong tick costs as much, and
      // Moodle floors the total at zero — the same rule as the player's.
      String plus = single ? "100" : Fractions.share(right);
      String minus = single ? "0" : "-" + Fractions.share(right);
      xml.element("single", single ? "true" : "false")
          .element("shuffleanswers", q.rules().shuffle() ? "true" : "false")
          .element("answernumbering", "abc")
          .element("showstandardinstruction", "0");
      combinedFeedback(q.feedback());
      for (Option option : options) {
        xml.open("answer", "fraction", option.correct() ? plus : minus, "format", "html")
            .element("text", Markup.inline(option.text()))
            .formatted("feedback", "html", html(option.feedback()))
            .close();
      }
      xml.close();
    }

    @Override
    public Void trueFalse(TrueFalse q) {
      head("truefalse", q, prompt(q));
      for (boolean value : new boolean[] {true, false}) {
        xml.open(
                "answer",
                "fraction",
                value == q.answer() ? "100" : "0",
                "format",
                "moodle_auto_format")
            .element("text", Boolean.toString(value))
            .formatted("feedback", "html", html(value ? q.feedbackTrue() : q.feedbackFalse()))
            .close();
      }
      xml.close();
      return null;
    }

    @Override
    public Void fillIn(FillIn q) {
      if (isCloze(q)) {
        cloze(q);
      } else {
        gapselect(q);
      }
      return null;
    }

    private void gapselect(FillIn q) {
      // [[n]] names the n-th select option, the right one; the other options of its group are
      // what the learner can pick instead. Each gap is its own group.
      List<String[]> options = new ArrayList<>();
      int[] groups = {0};
      String passage =
          Passage.html(
              q,
              html -> html,
              gap -> {
                String group = Integer.toString(++groups[0]);
                options.add(new String[] {gap.accept().get(0), group});
                String placeholder = "[[" + options.size() + "]]";
                for (String option : gap.options()) {
                  if (!option.equals(gap.accept().get(0))) {
                    options.add(new String[] {option, group});
                  }
                }
                return placeholder;
              });
      head("gapselect", q, prompt(q) + passage);
      xml.element("shuffleanswers", q.rules().shuffle() ? "1" : "0");
      combinedFeedback(q.feedback());
      for (String[] option : options) {
        xml.open("selectoption").element("text", option[0]).element("group", option[1]).close();
      }
      xml.close();
    }

    private void cloze(FillIn q) {
      // Moodle sums the gaps' weights into the question's mark, whatever defaultgrade says.
      long weight = marks.gapWeight(q);
      String passage =
          Passage.html(q, html -> html, gap -> Cloze.subquestion(gap, weight, q.feedback()));
      head("multianswer", q, prompt(q) + passage);
      xml.close();
    }

    @Override
    public Void cardSort(CardSort q) {
      head("match", q, prompt(q));
      xml.element("shuffleanswers", q.rules().shuffle() ? "true" : "false");
      combinedFeedback(q.feedback());
      List<String> used = new ArrayList<>();
      for (SortCard card : q.cards()) {
        Category category = category(q, card.category());
        used.add(card.category());
        subquestion(Markup.inline(card.text()), category.title());
      }
      for (Category category : q.categories()) {
        if (!used.contains(category.id())) {
          // A pile no card belongs in is still offered: Moodle reads an empty subquestion as an
          // extra answer.
          subquestion("", category.title());
        }
      }
      xml.close();
      return null;
    }

    private Category category(CardSort q, String id) {
      return q.categories().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private void subquestion(String html, String answer) {
      xml.open("subquestion", "format", "html")
          .element("text", html)
          .open("answer")
          .element("text", answer)
          .close()
          .close();
    }

    @Override
    public Void sequence(Sequence q) {
      ordering(q, "", "", prompt(q), q.cards().stream().map(c -> c.text()).toList(), marks.mark(q));
      xml.close();
      return null;
    }

    @Override
    public Void timeline(Timeline q) {
      Labels labels = Labels.of(course.language());
      ordering(
          q,
          "-" + labels.orderSuffix(),
          " — " + labels.orderTitle(),
          prompt(q) + Markup.block(labels.orderInstruction()),
          q.chronological().stream().map(TimelineCard::text).toList(),
          marks.half(q));
      xml.close();
      // The course counts the order and the natures half each: so do the two questions' marks.
      head(
          "match",
          q,
          "-" + labels.natureSuffix(),
          " — " + labels.natureTitle(),
          Markup.block(labels.natureInstruction()),
          marks.half(q));
      xml.element("shuffleanswers", q.rules().shuffle() ? "true" : "false");
      combinedFeedback(q.feedback());
      for (TimelineCard card : q.cards()) {
        subquestion(
            Markup.inline(card.text()),
            card.nature() == TimelineCard.Nature.REALITY ? labels.reality() : labels.fiction());
      }
      xml.close();
      return null;
    }

    private void ordering(
        Question q,
        String idSuffix,
        String titleSuffix,
        String text,
        List<String> inOrder,
        String mark) {
      head("ordering", q, idSuffix, titleSuffix, text, mark);
      // All items, graded by absolute position: the share of cards in their right place, as
      // the player scores a sequence.
      xml.element("layouttype", "VERTICAL")
          .element("selecttype", "ALL")
          .element("selectcount", "0")
          .element("gradingtype", "ABSOLUTE_POSITION")
          .element("showgrading", "SHOW")
          .element("numberingstyle", "none");
      combinedFeedback(q.feedback());
      for (int i = 0; i < inOrder.size(); i++) {
        xml.open("answer", "fraction", Integer.toString(i + 1), "format", "html")
            .element("text", Markup.inline(inOrder.get(i)))
            .close();
      }
    }
  }
}
