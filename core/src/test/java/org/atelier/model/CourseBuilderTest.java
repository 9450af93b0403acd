package org.atelier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The Java API builds the same courses as the course file, under the same rules. */
class CourseBuilderTest {

  private static Course.Builder minimal() {
    return Course.builder("demo")
        .title("Démo")
        .module(
            CourseModule.builder("jour-1")
                .title("Jour 1")
                .item(
                    SingleChoice.builder("qui-suis-je")
                        .title("Qui suis-je ?")
                        .prompt("Je réponds avec assurance, mais je me trompe.")
                        .correct("hallucination", "Une hallucination")
                        .wrong("biais", "Un biais")
                        .build())
                .build());
  }

  @Test
  void buildsAValidCourseWithDefaults() {
    Course course = minimal().build();
    assertThat(course.language()).isEqualTo("fr");
    assertThat(course.baseIri()).isEqualTo("urn:atelier:demo");
    assertThat(course.modules().get(0).scoredQuestions()).hasSize(1);
  }

  @Test
  void reportsEveryProblemWithItsPath() {
    InvalidCourseException e =
        catchThrowableOfType(
            InvalidCourseException.class,
            () ->
                minimal()
                    .module(
                        CourseModule.builder("jour-1")
                            .title("Doublon")
                            .item(Sequence.builder("crepes").title("Crêpes").card("a", "A").build())
                            .build())
                    .build());
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("modules[1].id", "modules[1].items[0].cards");
    assertThat(e.getMessage()).contains("2 problems in the course");
  }

  @Test
  void noPublicPathMakesAnInvalidCourse() {
    Course valid = minimal().build();
    // the record's own constructor is public: it validates like the builder
    InvalidCourseException e =
        catchThrowableOfType(
            InvalidCourseException.class,
            () ->
                new Course(
                    "Not A Slug",
                    valid.title(),
                    valid.language(),
                    valid.version(),
                    null,
                    java.util.List.of(),
                    null,
                    valid.baseIri(),
                    valid.masteryScore(),
                    valid.modules(),
                    null));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("id");
    // a variant derived from a valid course is checked again
    assertThat(
            catchThrowableOfType(
                InvalidCourseException.class, () -> valid.toBuilder().masteryScore(2).build()))
        .isNotNull();
  }

  @Test
  void practiceQuestionsDoNotCount() {
    Course course =
        minimal()
            .module(
                CourseModule.builder("jour-2")
                    .title("Jour 2")
                    .item(
                        TrueFalse.builder("cnil")
                            .title("CNIL")
                            .prompt("La CNIL veille au RGPD.")
                            .answer(true)
                            .scored(false)
                            .build())
                    .build())
            .build();
    assertThat(course.module("jour-2").orElseThrow().scoredQuestions()).isEmpty();
  }

  @Test
  void durationsAreCheckedAndAddUpPerModule() {
    CourseModule.Builder day =
        CourseModule.builder("jour-2")
            .title("Jour 2")
            .item(Page.builder("accueil").title("Accueil").build())
            .item(
                Discussion.builder("debat")
                    .title("Débat")
                    .duration(40)
                    .add(new DiscussionCard("c", "C", null, null, null))
                    .build())
            .item(
                TrueFalse.builder("cnil")
                    .title("CNIL")
                    .prompt("La CNIL veille au RGPD.")
                    .answer(true)
                    .duration(15)
                    .build());
    assertThat(minimal().module(day.build()).build().module("jour-2").orElseThrow().duration())
        .isEqualTo(55);
    InvalidCourseException e =
        catchThrowableOfType(
            InvalidCourseException.class,
            () ->
                minimal()
                    .module(
                        day.item(Actions.builder("agir").title("Agir").duration(0).build()).build())
                    .build());
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("modules[1].items[3].duration", "modules[1].items[3].cards");
  }

  @Test
  void toBuilderDerivesAVariant() {
    Course course = minimal().build();
    assertThat(course.toBuilder().version("2.0.0").build().version()).isEqualTo("2.0.0");
  }

  @Test
  void timelineOrdersCardsByDate() {
    Timeline timeline =
        Timeline.builder("frise")
            .title("Frise")
            .fiction("hal", "1968-04", "HAL 9000", null)
            .reality("dartmouth", "1956", "Dartmouth", null)
            .reality("deep-blue", "1997-05-11", "Deep Blue", null)
            .build();
    assertThat(timeline.chronological())
        .extracting(TimelineCard::id)
        .containsExactly("dartmouth", "hal", "deep-blue");
  }
}
