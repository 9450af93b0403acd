package org.atelier.coursefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.coursefile.Fixtures.course;
import static org.atelier.coursefile.Fixtures.problems;
import static org.atelier.coursefile.Fixtures.read;

import org.atelier.model.Course;
import org.atelier.model.SingleChoice;
import org.atelier.model.TrueFalse;
import org.junit.jupiter.api.Test;

/** Every way YAML writes a boolean or a number means what the designer wrote, or is refused. */
class ScalarFormsTest {

  private static String trueFalse(String answer) {
    return course(
        """
              - type: true-false
                id: q
                title: Q
                prompt: La CNIL contrôle le RGPD.
                answer: %s
        """
            .formatted(answer));
  }

  /** A single choice with {@code rules} (one field a line) and the first option's correctness. */
  private static String singleChoice(String rules, String correct) {
    return course(
        """
              - type: single-choice
                id: q
                title: Q
                prompt: P
                %s
                options:
                  - {id: a, text: A, correct: %s}
                  - {id: b, text: B}
        """
            .formatted(rules.strip().replace("\n", "\n        "), correct));
  }

  @Test
  void yesOnATrueFalseAnswerIsRefusedWithTheBooleanToWrite() {
    assertThat(problems(trueFalse("yes")))
        .singleElement()
        .asString()
        .startsWith("course.yaml:11:17: error: modules[0].items[0].answer:")
        .contains("\"yes\" is not true or false")
        .contains("write `true`");
  }

  @Test
  void everyYaml11BooleanWordIsRefusedWithItsMeaning() {
    for (String word : new String[] {"Yes", "YES", "on", "On", "y", "Y"}) {
      assertThat(problems(trueFalse(word))).as(word).singleElement().asString().contains("`true`");
    }
    for (String word : new String[] {"no", "No", "off", "OFF", "n", "N"}) {
      assertThat(problems(trueFalse(word))).as(word).singleElement().asString().contains("`false`");
    }
  }

  @Test
  void aWordForAWholeNumberGetsAFixWithoutThePercentageHint() {
    assertThat(problems(singleChoice("attempts: trois", "true")))
        .singleElement()
        .asString()
        .contains("items[0].attempts")
        .contains("expected a whole number")
        .contains("such as 3")
        .doesNotContain("percentage");
  }

  @Test
  void correctOnAnOptionIsRefusedRatherThanMadeWrong() {
    assertThat(problems(singleChoice("shuffle: off", "yes")))
        .anySatisfy(p -> assertThat(p).contains("items[0].shuffle: \"off\"").contains("`false`"))
        .anySatisfy(
            p -> assertThat(p).contains("items[0].options[0].correct: \"yes\"").contains("`true`"));
  }

  @Test
  void trueAndFalseInTheirThreeSpellingsAreRead() throws Exception {
    for (String word : new String[] {"true", "True", "TRUE"}) {
      assertThat(answer(read(trueFalse(word)))).as(word).isTrue();
    }
    for (String word : new String[] {"false", "False", "FALSE"}) {
      assertThat(answer(read(trueFalse(word)))).as(word).isFalse();
    }
  }

  @Test
  void anAnswerWrittenAsNothingIsMissingNotFalse() {
    for (String nothing : new String[] {"~", "null", ""}) {
      assertThat(problems(trueFalse(nothing)))
          .as(nothing)
          .singleElement()
          .asString()
          .contains("items[0].answer: the statement has no answer");
    }
  }

  @Test
  void numbersInOtherBasesOrWithALeadingZeroAreRefusedWithTheirDecimal() {
    assertThat(problems(singleChoice("points: 0x1F\nattempts: 010", "true")))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("course.yaml:11:17:")
                    .contains("items[0].points: 0x1F is written in base 16")
                    .contains("write it in decimal: 31"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("items[0].attempts: 010 starts with a 0")
                    .contains("octal number 8")
                    .contains("write 10 without the leading 0"));
  }

  @Test
  void aNumberOnlyYaml11ReadsIsRefusedWithoutCallingItANumber() {
    assertThat(problems(singleChoice("attempts: 1__0", "true")))
        .singleElement()
        .asString()
        .contains("items[0].attempts: 1__0 is not a number in decimal")
        .doesNotContain("found a number");
  }

  @Test
  void notANumberAndInfinityAreRefused() {
    String yaml =
        """
        id: demo
        title: Démo
        masteryScore: .nan
        modules:
          - id: m1
            title: M
            masteryScore: -.inf
            items: [{type: page, id: p, title: P}]
        """;
    assertThat(problems(yaml))
        .anySatisfy(p -> assertThat(p).contains("masteryScore: .nan is not a number a course"))
        .anySatisfy(
            p -> assertThat(p).contains("modules[0].masteryScore: -.inf is not a number a course"))
        .noneSatisfy(p -> assertThat(p).contains("found a number"));
  }

  @Test
  void aQuotedNumberIsRefusedWithTheNumberToWrite() {
    assertThat(
            problems(
                """
                id: demo
                title: Démo
                masteryScore: "0.7"
                modules: [{id: m1, title: M, items: [{type: page, id: p, title: P}]}]
                """))
        .singleElement()
        .asString()
        .contains("masteryScore: expected a number, found a text")
        .contains("write 0.7 without quotes");
  }

  @Test
  void decimalNumbersInEveryFormAreRead() throws Exception {
    Course course = read(singleChoice("points: 1e3\nattempts: 1_0", "true"));
    SingleChoice q = (SingleChoice) course.items().toList().get(0);
    assertThat(q.rules().points()).isEqualTo(1000);
    assertThat(q.rules().attempts()).isEqualTo(10);
  }

  @Test
  void textsThatYamlWouldTypeOtherwiseKeepTheirWriting() throws Exception {
    Course course =
        read(
            """
            id: "no"
            title: yes
            version: 1.10
            licence: 2026-12-01
            authors: [010, 0x1F, .nan, off, 1e3]
            modules: [{id: m1, title: 1.10, items: [{type: page, id: p, title: P}]}]
            """);
    assertThat(course.title()).isEqualTo("yes");
    assertThat(course.version()).isEqualTo("1.10");
    assertThat(course.licence()).isEqualTo("2026-12-01");
    assertThat(course.authors()).containsExactly("010", "0x1F", ".nan", "off", "1e3");
    assertThat(course.modules().get(0).title()).isEqualTo("1.10");
  }

  @Test
  void aRequiredTextWrittenAsTildeSaysToQuoteIt() {
    assertThat(
            problems(
                """
                id: demo
                title: ~
                modules: [{id: m1, title: M, items: [{type: page, id: p, title: P}]}]
                """))
        .singleElement()
        .asString()
        .startsWith("course.yaml:2:1: error: title:")
        .contains("write it in quotes, \"~\"");
  }

  @Test
  void aTildeInAListOfTextsSaysToQuoteIt() {
    assertThat(
            problems(
                """
                id: demo
                title: Démo
                authors: [Ada, ~]
                modules: [{id: m1, title: M, items: [{type: page, id: p, title: P}]}]
                """))
        .singleElement()
        .asString()
        .isEqualTo(
            "course.yaml:3:16: error: authors[1]: expected a text, found nothing (~) — remove the"
                + " entry, or write \"~\" in quotes to mean the text");
  }

  @Test
  void binaryDataIsRefusedInPlainWords() {
    assertThat(
            problems(
                """
                id: demo
                title: !!binary aGVsbG8=
                modules: [{id: m1, title: M, items: [{type: page, id: p, title: P}]}]
                """))
        .anySatisfy(p -> assertThat(p).contains("binary data").doesNotContain("EMBEDDED"));
  }

  private static boolean answer(Course course) {
    return ((TrueFalse) course.items().toList().get(0)).answer();
  }
}
