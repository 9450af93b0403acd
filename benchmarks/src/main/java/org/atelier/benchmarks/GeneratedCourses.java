package org.atelier.benchmarks;

import org.atelier.model.CardSort;
import org.atelier.model.Choice;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.DiscussionCard;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.model.Item;
import org.atelier.model.MultipleResponse;
import org.atelier.model.Option;
import org.atelier.model.Page;
import org.atelier.model.Sequence;
import org.atelier.model.SingleChoice;
import org.atelier.model.Survey;
import org.atelier.model.SurveyQuestion;
import org.atelier.model.Timeline;
import org.atelier.model.TrueFalse;

/**
 * Courses of any size with every kind of activity mixed, for the scale benchmarks: cost per
 * activity must stay flat from 10 to 10,000 activities.
 */
public final class GeneratedCourses {
  private GeneratedCourses() {}

  /** Items per module, as a long training day might have. */
  static final int ITEMS_PER_MODULE = 50;

  /** A valid course of {@code activities} items, in modules of 50. */
  public static Course of(int activities) {
    Course.Builder course = Course.builder("generated-" + activities).title("Cours généré");
    CourseModule.Builder module = null;
    for (int i = 0; i < activities; i++) {
      if (i % ITEMS_PER_MODULE == 0) {
        if (module != null) {
          course.module(module.build());
        }
        module =
            CourseModule.builder("module-" + (i / ITEMS_PER_MODULE + 1))
                .title("Module " + (i / ITEMS_PER_MODULE + 1));
      }
      module.item(item(i));
    }
    course.module(module.build());
    return course.build();
  }

  static Item item(int i) {
    String id = "activite-" + i;
    String title = "Activité n° " + i;
    return switch (i % 10) {
      case 0 -> Page.builder(id).title(title).body("Un texte *important* sur l'IA.").build();
      case 1 ->
          SingleChoice.builder(id)
              .title(title)
              .prompt("Qui suis-je ?")
              .option(Option.correct("a", "Une hallucination").withFeedback("Oui."))
              .wrong("b", "Un biais")
              .wrong("c", "La variabilité")
              .build();
      case 2 ->
          MultipleResponse.builder(id)
              .title(title)
              .prompt("Cochez les affirmations vraies.")
              .correct("a", "Vrai")
              .correct("b", "Vrai aussi")
              .wrong("c", "Faux")
              .build();
      case 3 -> TrueFalse.builder(id).title(title).prompt("La CNIL veille.").answer(true).build();
      case 4 ->
          FillIn.builder(id)
              .title(title)
              .text("L'IA génère {{a}} selon ce qui est {{b}}.")
              .gap(Gap.typed("a", "mot par mot"))
              .gap(Gap.choice("b", "probable", "probable", "certain"))
              .build();
      case 5 ->
          CardSort.builder(id)
              .title(title)
              .category("oui", "Je partage")
              .category("non", "Je ne partage pas")
              .card("c1", "Une recette", "oui")
              .card("c2", "Mon IBAN", "non")
              .card("c3", "Un film", "oui")
              .build();
      case 6 ->
          Sequence.builder(id)
              .title(title)
              .card("s1", "Farine")
              .card("s2", "Œufs")
              .card("s3", "Lait")
              .build();
      case 7 ->
          Timeline.builder(id)
              .title(title)
              .reality("t1", "1956", "Dartmouth", "La naissance du terme.")
              .fiction("t2", "1968", "HAL 9000", "Un film.")
              .reality("t3", "1997", "Deep Blue", "Échecs.")
              .build();
      case 8 ->
          org.atelier.model.Discussion.builder(id)
              .title(title)
              .add(
                  new DiscussionCard(
                      "biais",
                      "Biais",
                      "Un exemple.",
                      java.util.List.of("Un point"),
                      java.util.List.of("Une question ?")))
              .build();
      default ->
          Survey.builder(id)
              .title(title)
              .add(SurveyQuestion.likert("q1", "J'utilise l'IA", "Jamais", "Parfois", "Souvent"))
              .add(
                  SurveyQuestion.choice(
                      "q2", "Quel outil ?", new Choice("a", "A"), new Choice("b", "B")))
              .add(SurveyQuestion.text("q3", "Un mot ?"))
              .build();
    };
  }
}
