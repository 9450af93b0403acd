package org.atelier.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.atelier.model.Course;
import org.atelier.report.ProgressReport.Learner;
import org.atelier.testing.ExampleCourses;
import org.atelier.xapi.statement.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a report counts is fixed before it reads: the order in which a query is put together, and
 * when voided ids arrive, change nothing, and reading again neither drops nor doubles a figure.
 */
class ReportQueryTest {
  private static final String FIRST = "11111111-1111-4111-8111-111111111111";
  private static final String KARIM = "33333333-3333-4333-8333-333333333333";
  private static final Instant AFTER_FIRST_ANSWER = Instant.parse("2026-11-20T09:02:30Z");

  private static Course course;
  private static Path lines;

  @BeforeAll
  static void read() throws Exception {
    course = ExampleCourses.cafeIa();
    lines = Path.of(ReportQueryTest.class.getResource("group.jsonl").toURI());
  }

  @Test
  void registrationAndSinceGiveTheSameQueryInEitherOrder() throws Exception {
    ReportQuery sinceFirst =
        ReportQuery.builder().since(AFTER_FIRST_ANSWER).registration(FIRST).build();
    ReportQuery registrationFirst =
        ReportQuery.builder().registration(FIRST).since(AFTER_FIRST_ANSWER).build();
    assertThat(sinceFirst).isEqualTo(registrationFirst);

    ProgressReport one = ReportReader.of(course, sinceFirst).readFile(lines, n -> {});
    ProgressReport other = ReportReader.of(course, registrationFirst).readFile(lines, n -> {});
    assertThat(one).usingRecursiveComparison().isEqualTo(other);
    // Both parts hold: Awa's first registration only, and her wrong answer at 09:02 left out.
    assertThat(one.learners()).singleElement().satisfies(this::onlyTheRightAnswerAt0903);
  }

  private void onlyTheRightAnswerAt0903(Learner awa) {
    assertThat(awa.registration()).isEqualTo(FIRST);
    assertThat(awa.answers()).isEqualTo(1);
    assertThat(awa.rightAnswers()).isEqualTo(1);
  }

  @Test
  void aReaderReadTwiceGivesTheSameFiguresNeitherDroppedNorDoubled() throws Exception {
    ReportReader reader =
        ReportReader.of(course, ReportQuery.builder().registration(FIRST).build());
    ProgressReport first = reader.readFile(lines, n -> {});
    ProgressReport again = reader.readFile(lines, n -> {});
    assertThat(again).usingRecursiveComparison().isEqualTo(first);
    assertThat(first.learners()).singleElement().extracting(Learner::answers).isEqualTo(2);
  }

  @Test
  void voidedIdsAreHonouredWhateverTheQuery() throws Exception {
    ProgressReport karim =
        ReportReader.of(course, ReportQuery.builder().registration(KARIM).build())
            .readFile(lines, n -> {});
    assertThat(karim.voided()).isEqualTo(2); // the voiding statement and the answer it voids
    assertThat(karim.learners()).singleElement().extracting(Learner::answers).isEqualTo(2);
    assertThat(karim.activities()).noneMatch(a -> a.iri().endsWith("/qui-suis-je-biais"));
  }

  @Test
  void aSinkMadeWithAQueryStillTakesVoidedIdsGivenLater() throws Exception {
    List<Statement> statements = new java.util.ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(lines)) {
      if (line.contains("-000000000009\", \"actor\"")) {
        statements.add(Statement.json().readValue(line, Statement.class));
      }
    }
    assertThat(statements).hasSize(1);
    ReportAggregator sink =
        new ReportAggregator(
            new CourseIndex(course), ReportQuery.builder().registration(KARIM).build());
    sink.voided(Set.of(statements.get(0).id()));
    sink.accept(statements.get(0), "line 10");
    ProgressReport r = sink.result();
    assertThat(r.voided()).isEqualTo(1);
    assertThat(r.counted()).isZero();
    assertThat(r.learners()).isEmpty();
  }
}
