package org.atelier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.atelier.model.Course;
import org.atelier.report.ProgressReport.ActivityResult;
import org.atelier.report.ProgressReport.AnswerCount;
import org.atelier.report.ProgressReport.Learner;
import org.atelier.report.ProgressReport.Status;
import org.atelier.report.ProgressReport.SurveyResult;
import org.atelier.testing.Axe;
import org.atelier.testing.Browser;
import org.atelier.testing.ExampleCourses;
import org.atelier.testing.LocalServer;
import org.atelier.testing.Lrs;
import org.atelier.xapi.lrs.LrsClient;
import org.atelier.xapi.statement.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's figures from a small, hand-written group: two learners, one of them in two
 * registrations, a voided answer, a hostile name and answer, and three statements that cannot be
 * counted (a broken line, another course's, one without an actor).
 */
class ProgressReportTest {
  private static Course course;
  private static Path lines;
  private static Path array;

  @BeforeAll
  static void read() throws Exception {
    course = ExampleCourses.cafeIa();
    lines = Path.of(ProgressReportTest.class.getResource("group.jsonl").toURI());
    array = Path.of(ProgressReportTest.class.getResource("group-array.json").toURI());
  }

  private static ProgressReport fromFile(Path file) throws Exception {
    return ReportReader.of(course).readFile(file, n -> {});
  }

  private static Learner learner(ProgressReport r, String account, String registration) {
    return r.learners().stream()
        .filter(l -> l.account().equals(account) && l.registration().startsWith(registration))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void countsEachLearnerAndRegistrationApart() throws Exception {
    ProgressReport r = fromFile(lines);
    assertThat(r.learners()).hasSize(3);
    Learner first = learner(r, "awa", "1111");
    assertThat(first.name()).isEqualTo("Awa Diallo");
    assertThat(first.modules()).containsEntry("jour-1", Status.IN_PROGRESS);
    assertThat(first.modules()).containsEntry("jour-2", Status.NOT_STARTED);
    assertThat(first.answers()).isEqualTo(2);
    assertThat(first.rightAnswers()).isEqualTo(1);
    assertThat(first.timeSpent()).isEqualTo(Duration.ofMinutes(10));
    assertThat(first.scaled()).isNull();
    assertThat(first.lastActivity()).isEqualTo(course.title()); // terminated, about the course
    Learner second = learner(r, "awa", "2222");
    assertThat(second.modules()).containsEntry("jour-1", Status.COMPLETED);
    assertThat(second.scaled()).isEqualTo(0.85);
    assertThat(second.passed()).isTrue();
    assertThat(second.lastActivity()).isEqualTo("Jour 1 — à distance");
    assertThat(r.modules().get(0).completed()).isEqualTo(1);
    assertThat(r.modules().get(0).inProgress()).isEqualTo(1);
    assertThat(r.modules().get(0).notStarted()).isEqualTo(1);
  }

  @Test
  void leavesVoidedStatementsOutAndListsWhatItCannotCount() throws Exception {
    ProgressReport r = fromFile(lines);
    assertThat(r.voided()).isEqualTo(2); // the voiding statement and the one it voids
    ActivityResult biais =
        r.activities().stream()
            .filter(a -> a.iri().endsWith("/qui-suis-je-biais"))
            .findFirst()
            .get();
    assertThat(biais.attempts()).isEqualTo(3);
    assertThat(biais.successes()).isEqualTo(2);
    assertThat(biais.learners()).isEqualTo(2);
    assertThat(biais.answers())
        .extracting(AnswerCount::label, AnswerCount::count, AnswerCount::right)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("d'un biais de représentativité", 2L, true),
            org.assertj.core.groups.Tuple.tuple("d'un biais", 1L, false));
    assertThat(biais.wrong()).extracting(AnswerCount::label).containsExactly("d'un biais");
    assertThat(r.unreadableCount()).isEqualTo(3);
    assertThat(r.unreadable().stream().map(u -> u.where() + " " + u.why()).toList())
        .anySatisfy(u -> assertThat(u).startsWith("group.jsonl:4 not JSON"))
        .anySatisfy(u -> assertThat(u).contains("not about this course"))
        .anySatisfy(u -> assertThat(u).contains("actor"));
  }

  @Test
  void namesSurveyAnswersFromTheCourseWithEveryOptionShown() throws Exception {
    ProgressReport r = fromFile(lines);
    SurveyResult identity =
        r.surveys().stream().filter(q -> q.iri().endsWith("/identite")).findFirst().orElseThrow();
    assertThat(identity.question()).isEqualTo("Comment vous identifiez-vous ?");
    assertThat(identity.respondents()).isEqualTo(1);
    assertThat(identity.answers())
        .extracting(AnswerCount::label, AnswerCount::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Une femme", 0L),
            org.assertj.core.groups.Tuple.tuple("Un homme", 1L),
            org.assertj.core.groups.Tuple.tuple("Je préfère ne pas répondre", 0L));
  }

  @Test
  void aJsonArrayExportGivesTheSameFigures() throws Exception {
    ProgressReport fromLines = fromFile(lines);
    ProgressReport fromArray = fromFile(array);
    assertThat(fromArray.learners()).isEqualTo(fromLines.learners());
    assertThat(fromArray.activities()).isEqualTo(fromLines.activities());
    assertThat(fromArray.surveys()).isEqualTo(fromLines.surveys());
    assertThat(fromArray.unreadableCount()).isEqualTo(2); // the array has no broken line
  }

  @Test
  void aTruncatedOrMistypedStatementIsExplainedInWordsNotJacksons(@TempDir Path dir)
      throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("export.jsonl"),
            "{\"id\": \"x\", \"actor\": {\"name\": 3, \"account\": []}, \"verb\": \"answered\"}\n"
                + "[1, 2]\n"
                + "{\"statements\": [{\"id");
    ProgressReport r = fromFile(file);
    assertThat(r.unreadable().stream().map(u -> u.where() + " " + u.why()).toList())
        .anySatisfy(
            u ->
                assertThat(u)
                    .startsWith("export.jsonl:1 not a statement (")
                    .contains("does not hold what xAPI says"))
        .anySatisfy(
            u ->
                assertThat(u)
                    .startsWith("export.jsonl:3 not JSON (it ends in the middle of a statement"))
        .allSatisfy(
            u ->
                assertThat(u)
                    .doesNotContain("Unexpected")
                    .doesNotContain("Cannot deserialize")
                    .doesNotContain("VALUE_")
                    .doesNotContain("START_"));
  }

  @Test
  void aFileStartingWithAnInvisibleByteShowsTheByte(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("export.json"), new byte[] {0, 'x'});
    StatementFiles.NotStatementsException e =
        catchThrowableOfType(StatementFiles.NotStatementsException.class, () -> fromFile(file));
    assertThat(e.getMessage()).contains("it starts with the byte 0x00").doesNotContain("''");
  }

  @Test
  void aFileThatIsNoExportIsRefusedClearly(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("export.json"), "<html>login</html>");
    StatementFiles.NotStatementsException e =
        catchThrowableOfType(StatementFiles.NotStatementsException.class, () -> fromFile(page));
    assertThat(e.getMessage()).contains("export.json").contains("JSON array").contains("'<'");
  }

  @Test
  void hostileTextIsInertInThePageAndTheSpreadsheets(@TempDir Path dir) throws Exception {
    List<Path> written = ReportWriter.language("fr").write(fromFile(lines), dir);
    assertThat(written.stream().map(p -> p.getFileName().toString()))
        .containsExactly(
            "report.html", "learners.csv", "activities.csv", "answers.csv", "report.json");
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).doesNotContain("<script").doesNotContain("<b>clic");
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Karim\uFFFD\uFFFD[2J");
    for (String file : List.of("report.html", "learners.csv", "answers.csv")) {
      assertThat(Files.readString(dir.resolve(file)))
          .as(file + " holds no NUL or ESC from the LRS")
          .doesNotContain("\u0000")
          .doesNotContain("\u001b");
    }
    byte[] answers = Files.readAllBytes(dir.resolve("answers.csv"));
    assertThat(answers).startsWith(0xEF, 0xBB, 0xBF);
    String csv = new String(answers, StandardCharsets.UTF_8);
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"<b>clic</b>\"\")\"");
    assertThat(csv).contains("\r\n");
    JsonNode json = Statement.json().readTree(dir.resolve("report.json").toFile());
    assertThat(json.path("learners")).hasSize(3);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .noneMatch(n -> n.endsWith(".part"));
  }

  @Test
  void writesEnglishOnRequest(@TempDir Path dir) throws Exception {
    ReportWriter.language("en").write(fromFile(lines), dir);
    assertThat(Files.readString(dir.resolve("report.html")))
        .contains("<html lang=\"en\">")
        .contains("Training progress");
    assertThat(Files.readString(dir.resolve("learners.csv"))).contains("Learner,Account");
  }

  @Test
  void theLrsReadPageByPageGivesTheSameFiguresAsTheFile() throws Exception {
    try (Lrs lrs = Lrs.open()) {
      LrsClient client = LrsClient.to(lrs.endpoint()).credentials("trainer", "secret");
      List<Statement> valid = new ArrayList<>();
      List<Statement> voiding = new ArrayList<>();
      for (JsonNode node : Statement.json().readTree(array.toFile())) {
        Statement s = Statement.json().treeToValue(node, Statement.class);
        if (org.atelier.xapi.statement.StatementValidator.validate(s).isEmpty()
            && !s.object().id().contains("other-course")) {
          (s.isVoiding() ? voiding : valid).add(s);
        }
      }
      client.post(valid);
      client.post(voiding);
      List<Long> pages = new ArrayList<>();
      ProgressReport fromLrs = ReportReader.of(course).readLrs(client, 2, pages::add);
      ProgressReport fromFile = fromFile(array);
      assertThat(fromLrs.learners()).isEqualTo(fromFile.learners());
      assertThat(fromLrs.activities()).isEqualTo(fromFile.activities());
      assertThat(fromLrs.surveys()).isEqualTo(fromFile.surveys());
    }
  }

  @Test
  void thePagePassesAxeCoreWithNoViolations(@TempDir Path dir) throws Exception {
    ReportWriter.language("fr").write(fromFile(lines), dir);
    try (LocalServer server = LocalServer.start().serve(dir);
        Browser browser = Browser.open()) {
      browser.get(server.url("/report.html"));
      Axe.assertNoViolations(browser.driver(), "report.html");
      Map<String, Long> charts =
          browser
              .driver()
              .findElements(org.openqa.selenium.By.cssSelector("svg[role=img]"))
              .stream()
              .collect(
                  Collectors.groupingBy(
                      e -> e.getDomAttribute("aria-labelledby") == null ? "none" : "named",
                      Collectors.counting()));
      assertThat(charts).doesNotContainKey("none").containsKey("named");
    }
  }
}
