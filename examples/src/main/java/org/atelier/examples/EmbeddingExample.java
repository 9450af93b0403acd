package org.atelier.examples;

import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.FillIn;
import org.atelier.model.Gap;
import org.atelier.model.Option;
import org.atelier.model.SingleChoice;
import org.atelier.model.Timeline;

/**
 * Builds part of the Café IA training in Java, as the README's "Embedding Atelier" section shows.
 * The code between the README markers is copied into the README, and a test keeps both equal.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** Day 1 of the training, abridged: a riddle, a fill-in text and a timeline. */
  public static Course course() {
    // README:start
    Course course =
        Course.builder("cafe-ia-extrait")
            .title("Former les médiateurs aux Cafés IA (extrait)")
            .language("fr")
            .module(
                CourseModule.builder("jour-1")
                    .title("Jour 1 — à distance")
                    .masteryScore(0.7)
                    .item(
                        SingleChoice.builder("qui-suis-je-1")
                            .title("Qui suis-je ?")
                            .prompt("Je produis une réponse fausse avec beaucoup d'assurance.")
                            .option(
                                Option.correct("hallucination", "Une hallucination")
                                    .withFeedback("Oui : l'IA invente une réponse plausible."))
                            .wrong("biais", "Un biais de représentativité")
                            .wrong("variabilite", "La variabilité")
                            .build())
                    .item(
                        FillIn.builder("ia-genere")
                            .title("Comment l'IA génère ses réponses")
                            .text("L'IA génère ses réponses {{mot}}, selon ce qui est {{proba}}.")
                            .gap(Gap.typed("mot", "mot par mot", "mot à mot"))
                            .gap(Gap.choice("proba", "probable", "probable", "vrai", "juste"))
                            .build())
                    .item(
                        Timeline.builder("realite-ou-fiction")
                            .title("Réalité ou fiction ?")
                            .reality("dartmouth", "1956", "La conférence de Dartmouth", null)
                            .fiction("hal", "1968", "HAL 9000 dans « 2001 »", null)
                            .build())
                    .build())
            .build(); // validates: throws InvalidCourseException listing every problem
    // README:end
    return course;
  }
}
