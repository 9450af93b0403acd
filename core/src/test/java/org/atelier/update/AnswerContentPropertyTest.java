package org.atelier.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.model.Item;
import org.atelier.model.MultipleResponse;
import org.atelier.model.Option;
import org.atelier.model.Sequence;
import org.atelier.update.CourseDiff.Verdict;

/**
 * Random edits of a course, each known beforehand to change what an answer depends on or not: an
 * activity keeps its answers under a new build exactly when no edit touched its answer content, so
 * a resumed state (which keeps a record only when its fingerprint matches, core.js) never
 * attributes an answer to an activity whose answer-relevant content changed.
 */
class AnswerContentPropertyTest {

  /** One edit of one activity, and whether it changes what an answer means. */
  record Edit(int item, String what, boolean relevant) {}

  /** An activity described by plain values, rebuilt after the edits. */
  static final class Draft {
    final String id;
    final String kind;
    String prompt = "Une question ?";
    double points = 1;
    final List<String> options = new ArrayList<>();
    final List<Boolean> correct = new ArrayList<>();
    final List<String> texts = new ArrayList<>();

    Draft(String id, String kind, int size) {
      this.id = id;
      this.kind = kind;
      for (int i = 0; i < size; i++) {
        options.add("o" + i);
        correct.add(i == 0);
        texts.add("Réponse " + i);
      }
    }

    void apply(Edit edit) {
      switch (edit.what) {
        case "prompt" -> prompt = prompt + " (corrigé)";
        case "text" -> texts.set(0, texts.get(0) + " bis");
        case "points" -> points = points + 1;
        case "reorder" -> {
          Collections.rotate(options, 1);
          Collections.rotate(correct, 1);
          Collections.rotate(texts, 1);
        }
        case "right" -> {
          correct.set(0, !correct.get(0));
          correct.set(1, !correct.get(1));
        }
        case "add" -> {
          options.add("n" + options.size());
          correct.add(false);
          texts.add("Nouvelle");
        }
        default -> throw new IllegalArgumentException(edit.what);
      }
    }

    Item build() {
      return switch (kind) {
        case "multiple-response" -> {
          MultipleResponse.Builder b =
              MultipleResponse.builder(id).title(id).prompt(prompt).points(points);
          for (int i = 0; i < options.size(); i++) {
            b.option(new Option(options.get(i), texts.get(i), correct.get(i), null));
          }
          yield b.build();
        }
        case "sequence" -> {
          Sequence.Builder b = Sequence.builder(id).title(id).prompt(prompt).points(points);
          for (int i = 0; i < options.size(); i++) {
            b.card(options.get(i), texts.get(i));
          }
          yield b.build();
        }
        default -> {
          FillIn.Builder b = FillIn.builder(id).title(id).prompt(prompt).points(points);
          StringBuilder text = new StringBuilder(texts.get(0));
          for (int i = 0; i < options.size(); i++) {
            text.append(" {{").append(options.get(i)).append("}}");
            b.gap(
                correct.get(i)
                    ? Gap.typed(options.get(i), "juste", "exact")
                    : Gap.typed(options.get(i), "juste"));
          }
          yield b.text(text.toString()).build();
        }
      };
    }
  }

  private static final List<String> KINDS = List.of("multiple-response", "sequence", "fill-in");

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.of("prompt", "text", "points", "reorder", "right", "add"))
            .as((item, what) -> new Edit(item, what, false));
    return edit.list().ofMaxSize(6);
  }

  /** Whether an edit changes the answer content of an activity of {@code kind}. */
  private static boolean relevant(String what, String kind) {
    return switch (what) {
      case "reorder", "add" -> true;
      // a sequence's cards are written in their right order: no separate « right » flag
      case "right" -> !kind.equals("sequence");
      // a fill-in's text holds its gaps, but the gaps' ids and answers are what counts
      default -> false;
    };
  }

  private static Course course(List<Draft> drafts) {
    CourseModule.Builder module = CourseModule.builder("jour-1").title("Jour 1");
    drafts.forEach(d -> module.item(d.build()));
    return Course.builder("essai").title("Essai").module(module.build()).build();
  }

  @Property(tries = 300)
  void anActivityKeepsItsAnswersExactlyWhenNoEditTouchedWhatTheyMean(
      @ForAll("edits") List<Edit> edits, @ForAll long seed) {
    List<Draft> before = new ArrayList<>();
    List<Draft> after = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String kind = KINDS.get(Math.floorMod(seed + i, KINDS.size()));
      before.add(new Draft("a" + i, kind, 3));
      after.add(new Draft("a" + i, kind, 3));
    }
    boolean[] touched = new boolean[6];
    for (Edit edit : edits) {
      Draft draft = after.get(edit.item);
      draft.apply(edit);
      touched[edit.item] |= relevant(edit.what, draft.kind);
    }
    CourseDiff diff = CourseDiff.between(course(before), course(after));
    for (int i = 0; i < 6; i++) {
      Item old = before.get(i).build();
      Item now = after.get(i).build();
      boolean kept = AnswerContent.fingerprint(old).equals(AnswerContent.fingerprint(now));
      // two reorders of three can bring the order back: compare with the content itself then
      boolean same =
          before.get(i).options.equals(after.get(i).options)
              && (before.get(i).kind.equals("sequence")
                  || before.get(i).correct.equals(after.get(i).correct));
      assertThat(kept).as("%s after %s", now.id(), edits).isEqualTo(!touched[i] || same);
      assertThat(diff.changes().get(i).verdict()).isEqualTo(kept ? Verdict.KEPT : Verdict.RESET);
    }
  }
}
