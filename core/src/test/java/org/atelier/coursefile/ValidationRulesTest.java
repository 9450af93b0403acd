package org.atelier.coursefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.coursefile.Fixtures.course;
import static org.atelier.coursefile.Fixtures.problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of the validator, met through a few lines of a course file, located. */
class ValidationRulesTest {

  private static String only(String yaml) {
    assertThat(problems(yaml)).hasSize(1);
    return problems(yaml).get(0);
  }

  @Test
  void idsMustBeUniqueInTheCourse() {
    assertThat(
            only(
                course(
                    "      - {type: page, id: p, title: A}\n      - {type: page, id: p, title: B}")))
        .isEqualTo(
            "course.yaml:8:22: error: modules[0].items[1].id: the id \"p\" is already used at"
                + " modules[0].items[0].id — module and item ids must be unique in the course");
  }

  @Test
  void idsMustBeSlugs() {
    assertThat(only(course("      - {type: page, id: Qui suis-je, title: A}")))
        .contains("items[0].id: \"Qui suis-je\" is not a valid id")
        .contains("e.g. \"qui-suis-je\"");
  }

  @Test
  void aCourseTitleHoldsAtMost200Characters() throws Exception {
    String yaml =
        """
        id: demo
        title: %s
        modules: [{id: m1, title: M, items: [{type: page, id: p, title: P}]}]
        """;
    assertThat(only(yaml.formatted("é".repeat(201))))
        .startsWith("course.yaml:2:1: error: title: the text is 201 characters long")
        .contains("a title may be at most 200 (SCORM 1.2 holds no more)");
    assertThat(Fixtures.read(yaml.formatted("é".repeat(200))).title()).hasSize(200);
  }

  @Test
  void aModuleTitleHoldsAtMost200Characters() {
    assertThat(
            only(
                """
                id: demo
                title: D
                modules:
                  - id: m1
                    title: %s
                    items: [{type: page, id: p, title: P}]
                """
                    .formatted("M".repeat(201))))
        .startsWith("course.yaml:5:5: error: modules[0].title: the text is 201 characters long");
  }

  @Test
  void aVersionHoldsAtMost20Characters() {
    assertThat(
            only(
                """
                id: demo
                title: D
                version: 1.0.0-beta.1+build.20261201
                modules: [{id: m1, title: M, items: [{type: page, id: p, title: P}]}]
                """))
        .startsWith("course.yaml:3:1: error: version: the text is 27 characters long")
        .contains("a version may be at most 20");
  }

  @Test
  void pointsStayInWhatMoodlesQuestionGradeHolds() {
    String item =
        "      - {type: true-false, id: q, title: Q, prompt: P, answer: true, points: %s}";
    assertThat(only(course(item.formatted("1e6"))))
        .isEqualTo(
            "course.yaml:7:70: error: modules[0].items[0].points: an activity weighs 0.0000001 to"
                + " 99,999 points (what Moodle's question grade holds), this one more — use a"
                + " weight such as 1 or 2: only the ratio between activities counts");
    assertThat(only(course(item.formatted("1e-9")))).contains("this one less");
  }

  @Test
  void theBaseIriHasNoQueryNorFragment() {
    assertThat(
            only(
                """
                id: demo
                title: D
                baseIri: https://example.org/c#top
                modules: [{id: m1, title: M, items: [{type: page, id: p, title: P}]}]
                """))
        .startsWith("course.yaml:3:1: error: baseIri: the base IRI has a #fragment")
        .contains("would land in it");
  }

  @Test
  void aTimelineDateIsADayOfTheCalendar() {
    assertThat(
            only(
                course(
                    """
                      - type: timeline
                        id: t
                        title: T
                        cards:
                          - {id: a, text: A, date: 1956-02-30, nature: reality}
                          - {id: b, text: B, date: 2024-02-29, nature: fiction}
                """)))
        .contains("items[0].cards[0].date: \"1956-02-30\" is not a date");
  }

  @Test
  void controlCharactersAreRefusedInEveryText() {
    String fix =
        " — remove it: no package can hold it (in YAML, look for an escape such as \\e, \\a,"
            + " \\0 or \\x1b inside double quotes)";
    assertThat(
            problems(
                course(
                    """
                      - type: true-false
                        id: q
                        title: "Q\\e[31m"
                        prompt: "P\\a"
                        feedback: {correct: "\\0"}
                        answer: true
                """)))
        .containsExactly(
            "course.yaml:9:9: error: modules[0].items[0].title: the text holds the control"
                + " character U+001B (ESCAPE) at character 2"
                + fix,
            "course.yaml:10:9: error: modules[0].items[0].prompt: the text holds the control"
                + " character U+0007 (BEL) at character 2"
                + fix,
            "course.yaml:11:20: error: modules[0].items[0].feedback.correct: the text holds the"
                + " control character U+0000 (NULL) at character 1"
                + fix);
  }

  @Test
  void tabsAndLineBreaksAreKeptInTexts() throws Exception {
    assertThat(
            Fixtures.read(
                    course("      - {type: page, id: p, title: \"A\\tB\", body: \"L1\\r\\nL2\"}"))
                .items()
                .toList())
        .singleElement()
        .extracting(i -> ((org.atelier.model.Page) i).body())
        .isEqualTo("L1\r\nL2");
  }

  @Test
  void aSingleChoiceNeedsExactlyOneCorrectOption() {
    assertThat(
            only(
                course(
                    """
                      - type: single-choice
                        id: q
                        title: Q
                        prompt: P
                        options: [{id: a, text: A}, {id: b, text: B}]
                """)))
        .contains("items[0].options: a single-choice question needs exactly one correct option")
        .contains("mark the right option with `correct: true`");
  }

  @Test
  void aMultipleResponseNeedsACorrectOption() {
    assertThat(
            only(
                course(
                    """
                      - type: multiple-response
                        id: q
                        title: Q
                        prompt: P
                        options: [{id: a, text: A}, {id: b, text: B}]
                """)))
        .contains("items[0].options: the question has no correct option");
  }

  @Test
  void aChoiceNeedsTwoOptions() {
    assertThat(
            only(
                course(
                    """
                      - type: single-choice
                        id: q
                        title: Q
                        prompt: P
                        options: [{id: a, text: A, correct: true}]
                """)))
        .contains("needs at least two options, this one has 1");
  }

  @Test
  void optionIdsMustBeUniqueInTheirQuestion() {
    assertThat(
            only(
                course(
                    """
                      - type: multiple-response
                        id: q
                        title: Q
                        prompt: P
                        options: [{id: a, text: A, correct: true}, {id: a, text: B}]
                """)))
        .contains("items[0].options[1].id: the id \"a\" is already used");
  }

  @Test
  void aGapNeedsAnAcceptedAnswer() {
    assertThat(
            only(
                course(
                    """
                      - type: fill-in
                        id: q
                        title: Q
                        text: "L'IA {{g}}"
                        gaps: [{id: g, accept: []}]
                """)))
        .contains("items[0].gaps[0].accept: the gap has no accepted answer");
  }

  @Test
  void everyGapMarkerNeedsAGapAndEveryGapAMarker() {
    assertThat(
            problems(
                course(
                    """
                      - type: fill-in
                        id: q
                        title: Q
                        text: "L'IA {{mot}}"
                        gaps: [{id: mots, accept: [x]}]
                """)))
        .anySatisfy(p -> assertThat(p).contains("the text marks a gap {{mot}} that is not in gaps"))
        .anySatisfy(p -> assertThat(p).contains("gaps[0].id: the gap \"mots\" is not marked"));
  }

  @Test
  void aChosenGapsAnswerMustBeOneOfItsOptions() {
    assertThat(
            only(
                course(
                    """
                      - type: fill-in
                        id: q
                        title: Q
                        text: "{{g}}"
                        gaps: [{id: g, accept: [probable], options: [possible, certain]}]
                """)))
        .contains("gaps[0].accept[0]: the answer \"probable\" is not one of the options");
  }

  @Test
  void aCardMustBeSortedIntoAKnownCategory() {
    assertThat(
            only(
                course(
                    """
                      - type: card-sort
                        id: q
                        title: Q
                        categories: [{id: oui, title: Oui}, {id: non, title: Non}]
                        cards: [{id: c, text: C, category: peut-etre}]
                """)))
        .contains(
            "cards[0].category: the card is sorted into \"peut-etre\", which is not a category")
        .contains("use one of: oui, non");
  }

  @Test
  void aCardSortNeedsTwoCategories() {
    assertThat(
            only(
                course(
                    """
                      - type: card-sort
                        id: q
                        title: Q
                        categories: [{id: oui, title: Oui}]
                        cards: [{id: c, text: C, category: oui}]
                """)))
        .contains("needs at least two categories");
  }

  @Test
  void aSequenceNeedsTwoCards() {
    assertThat(
            only(
                course(
                    """
                      - type: sequence
                        id: q
                        title: Q
                        cards: [{id: a, text: A}]
                """)))
        .contains("items[0].cards: a sequence needs at least two cards, this one has 1");
  }

  @Test
  void aTimelineCardNeedsADate() {
    assertThat(
            only(
                course(
                    """
                      - type: timeline
                        id: q
                        title: Q
                        cards:
                          - {id: a, text: A, nature: reality}
                          - {id: b, text: B, date: 1956, nature: fiction}
                """)))
        .startsWith(
            "course.yaml:11:13: error: modules[0].items[0].cards[0].date: the card has no date");
  }

  @Test
  void aTimelineDateMustBeWellFormed() {
    assertThat(
            only(
                course(
                    """
                      - type: timeline
                        id: q
                        title: Q
                        cards:
                          - {id: a, text: A, date: années 50, nature: reality}
                          - {id: b, text: B, date: 1968, nature: fiction}
                """)))
        .contains("cards[0].date: \"années 50\" is not a date");
  }

  @Test
  void timelineCardsWithTheSameDateCannotBeOrdered() {
    assertThat(
            only(
                course(
                    """
                      - type: timeline
                        id: q
                        title: Q
                        cards:
                          - {id: a, text: A, date: 1956, nature: reality}
                          - {id: b, text: B, date: 1956, nature: fiction}
                """)))
        .contains("cards[1].date: the card has the same date as \"a\"");
  }

  @Test
  void aLikertScaleNeedsTwoToElevenLabels() {
    assertThat(
            only(
                course(
                    """
                      - type: survey
                        id: s
                        title: S
                        questions: [{id: q, kind: likert, prompt: P, scale: [Oui]}]
                """)))
        .contains("a Likert scale needs 2 to 11 labels, this one has 1");
  }

  @Test
  void masteryScoresAreShares() {
    assertThat(
            only(
                """
                id: demo
                title: Démo
                masteryScore: 80
                modules:
                  - {id: m, title: M, items: [{type: page, id: p, title: P}]}
                """))
        .contains("masteryScore: 80.0 is not a share between 0 and 1 — write 0.8 for 80.0 %");
  }

  @Test
  void pointsMustBePositive() {
    assertThat(
            only(
                course(
                    """
                      - type: true-false
                        id: q
                        title: Q
                        prompt: P
                        answer: false
                        points: 0
                """)))
        .contains("items[0].points: points must be greater than 0");
  }

  @Test
  void anImageNeedsAltText(@TempDir Path folder) throws Exception {
    Files.write(folder.resolve("photo.png"), MediaTest.PNG);
    String yaml = course("      - {type: page, id: p, title: P, image: {src: photo.png}}");
    assertThat(problems(yaml.getBytes(StandardCharsets.UTF_8), folder))
        .singleElement()
        .asString()
        .contains("items[0].image.alt: the image has no alternative text");
  }

  @Test
  void aDecorativeImageNeedsNoAltText(@TempDir Path folder) throws Exception {
    Files.write(folder.resolve("photo.png"), MediaTest.PNG);
    String yaml =
        course("      - {type: page, id: p, title: P, image: {src: photo.png, decorative: true}}");
    assertThat(Fixtures.read(yaml, folder).items().count()).isEqualTo(1);
  }

  @Test
  void anImageFileMustExist(@TempDir Path folder) {
    String yaml = course("      - {type: page, id: p, title: P, image: {src: manque.png, alt: A}}");
    assertThat(problems(yaml.getBytes(StandardCharsets.UTF_8), folder))
        .singleElement()
        .asString()
        .contains("image.src: the file \"manque.png\" does not exist");
  }

  @Test
  void aMediaPathMayNotLeaveTheCourseFolder(@TempDir Path folder) throws Exception {
    Path inside = Files.createDirectory(folder.resolve("cours"));
    Files.write(folder.resolve("secret.png"), new byte[] {1});
    String yaml =
        course("      - {type: page, id: p, title: P, image: {src: ../secret.png, alt: A}}");
    assertThat(problems(yaml.getBytes(StandardCharsets.UTF_8), inside))
        .singleElement()
        .asString()
        .contains("\"../secret.png\" leaves the course folder");
  }

  @Test
  void anAbsoluteMediaPathIsRefused(@TempDir Path folder) {
    String yaml =
        course("      - {type: page, id: p, title: P, image: {src: /etc/passwd, alt: A}}");
    assertThat(problems(yaml.getBytes(StandardCharsets.UTF_8), folder))
        .singleElement()
        .asString()
        .contains("is an absolute path");
  }

  @Test
  void linksMayOnlyBeWebOrMail() {
    assertThat(
            only(
                course(
                    """
                      - type: page
                        id: p
                        title: P
                        resources: [{title: R, url: "javascript:alert(1)"}]
                """)))
        .contains("resources[0].url: links may only use http, https or mailto");
  }

  @Test
  void theLanguageMustBeATag() {
    assertThat(
            only(
                """
                id: demo
                title: Démo
                language: français
                modules:
                  - {id: m, title: M, items: [{type: page, id: p, title: P}]}
                """))
        .contains("language: \"français\" is not a language tag");
  }

  @Test
  void aModuleNeedsItems() {
    assertThat(
            only(
                """
                id: demo
                title: Démo
                modules:
                  - {id: m, title: M, items: []}
                """))
        .contains("modules[0].items: the module has no item");
  }
}
