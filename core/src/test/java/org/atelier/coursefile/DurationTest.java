package org.atelier.coursefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.coursefile.Fixtures.course;
import static org.atelier.coursefile.Fixtures.problems;
import static org.atelier.coursefile.Fixtures.read;

import org.atelier.model.Activity;
import org.atelier.model.Course;
import org.atelier.model.CourseValidator;
import org.junit.jupiter.api.Test;

/**
 * An activity's {@code duration}: whole minutes, 1 to a day's worth, refused otherwise, located.
 */
class DurationTest {

  /** A discussion with {@code duration: <value>} on line 10, the value at column 19. */
  private static String discussion(String value) {
    return course(
        """
              - type: discussion
                id: debat
                title: Débat
                duration: %s
                cards:
                  - {id: c, title: C}
        """
            .formatted(value));
  }

  private static String only(String yaml) {
    assertThat(problems(yaml)).hasSize(1);
    return problems(yaml).get(0);
  }

  @Test
  void everyKindOfActivityTakesItsMinutes() throws Exception {
    Course course =
        read(
            course(
                """
                      - {type: page, id: accueil, title: Accueil}
                      - {type: true-false, id: vf, title: VF, prompt: P, answer: true, duration: 5}
                      - type: sequence
                        id: recette
                        title: Recette
                        duration: 10
                        cards: [{id: a, text: A}, {id: b, text: B}]
                      - {type: discussion, id: debat, title: Débat, duration: 40, cards: [{id: c, title: C}]}
                      - {type: actions, id: agir, title: Agir, duration: 15, cards: [{id: c, title: C}]}
                      - type: survey
                        id: avis
                        title: Avis
                        duration: 1_0
                        questions: [{id: q, kind: text, prompt: P}]
                """));
    assertThat(course.items().filter(Activity.class::isInstance).map(i -> (Activity) i))
        .extracting(Activity::duration)
        .containsExactly(5, 10, 40, 15, 10);
    assertThat(course.modules().get(0).duration()).isEqualTo(80);
  }

  @Test
  void aDurationLeftOutIsNone() throws Exception {
    Course course =
        read(
            course(
                """
                      - {type: discussion, id: debat, title: Débat, cards: [{id: c, title: C}]}
                      - {type: actions, id: agir, title: Agir, duration: 15, cards: [{id: c, title: C}]}
                """));
    assertThat(((Activity) course.items().toList().get(0)).duration()).isNull();
    assertThat(course.modules().get(0).duration())
        .as("no total when an activity does not say")
        .isNull();
  }

  @Test
  void aNegativeDurationIsRefusedWithItsPlace() {
    assertThat(only(discussion("-5")))
        .isEqualTo(
            "course.yaml:10:9: error: modules[0].items[0].duration: -5 is not a duration: an"
                + " activity takes at least 1 minute — write how many minutes it takes, e.g."
                + " `duration: 15`, or leave `duration` out");
  }

  @Test
  void aDurationOfNoMinutesIsRefused() {
    assertThat(only(discussion("0")))
        .startsWith("course.yaml:10:9: error: modules[0].items[0].duration: 0 is not a duration");
  }

  @Test
  void aDurationInWordsIsRefusedWithTheFormToWrite() {
    assertThat(only(discussion("\"un quart d'heure\"")))
        .isEqualTo(
            "course.yaml:10:19: error: modules[0].items[0].duration: expected a whole number of"
                + " minutes, found a text — write how many minutes it takes as a whole number,"
                + " e.g. `duration: 15` (an hour and a half is 90)");
  }

  @Test
  void aDurationWrittenAsTheTrainingsMaterialWritesItIsRefusedWithItsMinutes() {
    assertThat(only(discussion("15min")))
        .isEqualTo(
            "course.yaml:10:19: error: modules[0].items[0].duration: \"15min\" is not a number of"
                + " minutes — write `duration: 15`: a duration is a whole number of minutes");
    assertThat(only(discussion("1h30"))).contains("write `duration: 90`");
    assertThat(only(discussion("1 h 30 min"))).contains("write `duration: 90`");
    assertThat(only(discussion("2 heures"))).contains("write `duration: 120`");
    assertThat(only(discussion("40 minutes"))).contains("write `duration: 40`");
  }

  @Test
  void aPartOfAMinuteIsRefused() {
    assertThat(only(discussion("7.5")))
        .contains("duration: expected a whole number of minutes, found 7.5")
        .contains("`duration: 15`");
  }

  @Test
  void aQuotedNumberOfMinutesIsRefusedWithTheNumberToWrite() {
    assertThat(only(discussion("\"15\"")))
        .contains("duration: expected a whole number of minutes, found a text")
        .contains("write 15 without quotes");
  }

  @Test
  void aDurationOverADayIsRefused() {
    int over = CourseValidator.MAX_DURATION + 1;
    assertThat(only(discussion(String.valueOf(over))))
        .isEqualTo(
            "course.yaml:10:9: error: modules[0].items[0].duration: an activity takes at most "
                + CourseValidator.MAX_DURATION
                + " minutes (a training day), this one "
                + over
                + " — write the duration in minutes (a quarter of an hour is 15), or split the"
                + " activity");
  }

  @Test
  void aDayIsTheLongestDuration() throws Exception {
    Course course = read(discussion(String.valueOf(CourseValidator.MAX_DURATION)));
    assertThat(course.modules().get(0).duration()).isEqualTo(CourseValidator.MAX_DURATION);
  }

  @Test
  void aPageHasNoDuration() {
    assertThat(only(course("      - {type: page, id: p, title: P, duration: 5}")))
        .contains("items[0].duration: unknown field \"duration\"");
  }
}
