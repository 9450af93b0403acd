package org.atelier.coursefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.atelier.model.Course;

/**
 * Random and mutated course files: the reader returns a course or located problems, and never
 * anything else.
 */
class CourseFileFuzzTest {

  private static final String SEED =
      """
      id: demo
      title: "Démo : « IA »"
      masteryScore: 0.7
      modules:
        - id: m1
          title: Jour 1
          items:
            - type: single-choice
              id: q1
              title: Qui suis-je ?
              prompt: Je réponds avec assurance.
              options:
                - {id: a, text: Une hallucination, correct: true, feedback: Oui}
                - {id: b, text: Un biais}
            - type: fill-in
              id: q2
              title: Trous
              text: "L'IA génère {{g1}} et {{g2}}."
              gaps:
                - {id: g1, accept: [mot par mot]}
                - {id: g2, accept: [probable], options: [probable, certain]}
            - type: timeline
              id: q3
              title: Frise
              cards:
                - {id: a, text: Dartmouth, date: 1956, nature: reality}
                - {id: b, text: HAL, date: 1968, nature: fiction}
            - type: survey
              id: s
              title: Sondage
              questions:
                - {id: q, kind: likert, prompt: Avis, scale: [Non, Oui]}
      """;

  private static final List<String> FRAGMENTS =
      List.of(
          "\t",
          "\n",
          ": ",
          "- ",
          "{",
          "}",
          "[",
          "]",
          "&a ",
          "*a",
          "!!binary ",
          "---\n",
          "'",
          "\"",
          "#",
          "|\n",
          ">-\n",
          "? ",
          "%YAML 1.1\n",
          "\uFEFF",
          "\u0000",
          "~",
          "null",
          "1e999",
          "{{",
          "}}",
          "<script>",
          "  ",
          "\r\n",
          "é",
          "\uD83D\uDE00");

  @Property(tries = 400)
  void mutatedCourseFilesGiveACourseOrLocatedProblems(@ForAll("mutations") byte[] bytes) {
    assertReadsCleanly(bytes);
  }

  @Property(tries = 200)
  void arbitraryBytesGiveLocatedProblems(@ForAll byte[] bytes) {
    assertReadsCleanly(bytes);
  }

  @Property(tries = 200)
  void arbitraryTextGivesLocatedProblems(@ForAll String text) {
    assertReadsCleanly(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertReadsCleanly(byte[] bytes) {
    try {
      Course course = CourseFileReader.read(bytes, "fuzz.yaml", null);
      assertThat(course.id()).isNotNull();
    } catch (CourseFileException e) {
      LocatedProblems.assertLocated(e, "fuzz.yaml");
    }
  }

  @Provide
  Arbitrary<byte[]> mutations() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, SEED.length());
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
    Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
    Arbitrary<String> oneMutation =
        Combinators.combine(position, length, fragment, Arbitraries.integers().between(0, 3))
            .as(
                (at, cut, insert, how) -> {
                  int end = Math.min(SEED.length(), at + cut);
                  return switch (how) {
                    case 0 -> SEED.substring(0, at) + insert + SEED.substring(at);
                    case 1 -> SEED.substring(0, at) + SEED.substring(end);
                    case 2 -> SEED.substring(0, at) + insert + SEED.substring(end);
                    default -> SEED.substring(0, end) + SEED.substring(at);
                  };
                });
    return oneMutation.map(s -> s.getBytes(StandardCharsets.UTF_8));
  }
}
