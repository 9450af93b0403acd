package org.atelier.update;

import static org.assertj.core.api.Assertions.assertThat;

import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.model.Page;
import org.atelier.model.Sequence;
import org.atelier.model.SingleChoice;
import org.atelier.update.CourseDiff.Change;
import org.atelier.update.CourseDiff.Verdict;
import org.junit.jupiter.api.Test;

/** What a new build does to learners in progress, as a designer reads it before uploading. */
class CourseDiffTest {

  private static SingleChoice.Builder question(String prompt) {
    return SingleChoice.builder("qui-suis-je")
        .title("Qui suis-je ?")
        .prompt(prompt)
        .correct("hallucination", "Une hallucination")
        .wrong("biais", "Un biais");
  }

  private static FillIn gaps(String... accepted) {
    return FillIn.builder("ia-genere")
        .title("L'IA génère")
        .text("L'IA génère ses réponses {{mot}}.")
        .gap(Gap.typed("mot", accepted))
        .build();
  }

  private static Sequence steps(String... order) {
    Sequence.Builder s = Sequence.builder("etapes").title("Étapes");
    for (String id : order) {
      s.card(id, id.toUpperCase());
    }
    return s.build();
  }

  private static Course course(CourseModule.Builder module) {
    return Course.builder("demo").title("Démo").module(module.build()).build();
  }

  private static CourseModule.Builder day() {
    return CourseModule.builder("jour-1").title("Jour 1");
  }

  private static Change change(CourseDiff diff, String id) {
    return diff.changes().stream().filter(c -> c.itemId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aTypoFixKeepsEveryAnswer() {
    Course before = course(day().item(question("Je me trompe avec assurence.").build()));
    Course after = course(day().item(question("Je me trompe avec assurance.").build()));
    CourseDiff diff = CourseDiff.between(before, after);
    assertThat(diff.keepsEveryAnswer()).isTrue();
    assertThat(change(diff, "qui-suis-je").verdict()).isEqualTo(Verdict.KEPT);
    assertThat(change(diff, "qui-suis-je").textChanged()).isTrue();
  }

  @Test
  void reorderedOptionsStartTheQuestionAfreshNeverReadAgainstTheNewOrder() {
    Course before = course(day().item(question("?").build()));
    Course after =
        course(
            day()
                .item(
                    SingleChoice.builder("qui-suis-je")
                        .title("Qui suis-je ?")
                        .prompt("?")
                        .wrong("biais", "Un biais")
                        .correct("hallucination", "Une hallucination")
                        .build()));
    Change change = change(CourseDiff.between(before, after), "qui-suis-je");
    assertThat(change.verdict()).isEqualTo(Verdict.RESET);
    assertThat(change.changed()).containsExactly("options");
  }

  @Test
  void aChangedRightAnswerResetsAndSaysWhatChanged() {
    Course before = course(day().item(question("?").build()));
    Course after =
        course(
            day()
                .item(
                    SingleChoice.builder("qui-suis-je")
                        .title("Qui suis-je ?")
                        .prompt("?")
                        .wrong("hallucination", "Une hallucination")
                        .correct("biais", "Un biais")
                        .build()));
    Change change = change(CourseDiff.between(before, after), "qui-suis-je");
    assertThat(change.verdict()).isEqualTo(Verdict.RESET);
    assertThat(change.changed()).containsExactly("right answer");
  }

  @Test
  void changedAcceptedAnswersOfAGapReset() {
    Course before = course(day().item(gaps("mot par mot")));
    Course after = course(day().item(gaps("mot par mot", "mot à mot")));
    assertThat(change(CourseDiff.between(before, after), "ia-genere").changed())
        .containsExactly("accepted answers");
  }

  @Test
  void inASequenceTheOrderIsTheAnswer() {
    Course before = course(day().item(steps("a", "b", "c")));
    Course after = course(day().item(steps("b", "a", "c")));
    assertThat(change(CourseDiff.between(before, after), "etapes").changed())
        .containsExactly("cards and right order");
  }

  @Test
  void anInsertedItemShiftsNothingAndARemovedOneIsDropped() {
    Page intro = Page.builder("intro").title("Introduction").body("Bienvenue.").build();
    Course before = course(day().item(question("?").build()).item(steps("a", "b")));
    Course after = course(day().item(intro).item(question("?").build()));
    CourseDiff diff = CourseDiff.between(before, after);
    assertThat(diff.changes())
        .extracting(Change::itemId, Change::verdict)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("intro", Verdict.ADDED),
            org.assertj.core.groups.Tuple.tuple("qui-suis-je", Verdict.KEPT),
            org.assertj.core.groups.Tuple.tuple("etapes", Verdict.REMOVED));
    assertThat(diff.keepsEveryAnswer()).isFalse();
  }

  @Test
  void fingerprintsAreShortAndFollowTheAnswerContentOnly() {
    String a = AnswerContent.fingerprint(question("Une version.").build());
    assertThat(a).hasSize(AnswerContent.FINGERPRINT_LENGTH).matches("[A-Za-z0-9_-]+");
    assertThat(AnswerContent.fingerprint(question("Une autre version.").points(3).build()))
        .isEqualTo(a);
    assertThat(AnswerContent.fingerprint(gaps("x")))
        .isNotEqualTo(AnswerContent.fingerprint(gaps("y")));
  }
}
