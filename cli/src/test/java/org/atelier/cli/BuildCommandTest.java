package org.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.cli.ValidateCommandTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atelier build}: paths on stdout, notes on stderr, nothing written for a bad course. */
class BuildCommandTest {

  private static final String COURSE =
      """
      id: demo
      title: Démo
      modules:
        - id: jour-1
          title: Jour 1
          items:
            - {type: true-false, id: cnil, title: CNIL, prompt: La CNIL veille au RGPD., answer: true}
            - {type: survey, id: mur, title: Mur, questions: [{id: q, kind: text, prompt: Un mot}]}
      """;

  @Test
  void writesTheQuestionBankFilesAndPrintsTheirPaths(@TempDir Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    Files.writeString(course, COURSE, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ValidateCommandTest.Run run =
        run("build", course.toString(), "--format", "moodle-xml,gift", "--out", out.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            out.resolve("demo-questions.xml").toString(),
            out.resolve("demo-questions.gift.txt").toString());
    assertThat(out.resolve("demo-questions.xml"))
        .content()
        .contains("<question type=\"truefalse\">");
    assertThat(run.err()).contains("left out mur (\"Mur\"): a survey has no right answer");
    assertThat(run.err().split("left out mur", -1))
        .as("said once for both question files")
        .hasSize(2);
  }

  @Test
  void quietPrintsNoNoteOnlyThePaths(@TempDir Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    Files.writeString(course, COURSE, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ValidateCommandTest.Run run =
        run(
            "build",
            course.toString(),
            "--format",
            "moodle-xml,gift",
            "--quiet",
            "--out",
            out.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).hasSize(2);
  }

  @Test
  void writesNothingWhenTheCourseHasProblems(@TempDir Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    Files.writeString(
        course, COURSE.replace("answer: true", "answer: oui"), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ValidateCommandTest.Run run = run("build", course.toString(), "--out", out.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  /** A course whose saved state is over SCORM 1.2's budget: every other format builds it. */
  private static String tooBigForScorm12() {
    StringBuilder yaml = new StringBuilder(COURSE.substring(0, COURSE.indexOf("    items:")));
    yaml.append("    items:\n");
    for (int i = 0; i < 8; i++) {
      yaml.append("      - {type: fill-in, id: texte-")
          .append(i)
          .append(", title: T, text: \"{{a}} {{b}} {{c}} {{d}} {{e}}\", gaps: [")
          .append("{id: a, accept: [réponse]}, {id: b, accept: [réponse]},")
          .append(" {id: c, accept: [réponse]}, {id: d, accept: [réponse]},")
          .append(" {id: e, accept: [réponse]}]}\n");
    }
    return yaml.toString();
  }

  @Test
  void printWritesTheKitsPdfsAndAllLeavesItOut(@TempDir Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    Files.writeString(course, COURSE, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ValidateCommandTest.Run run =
        run("build", course.toString(), "--format", "print", "--out", out.toString());
    assertThat(run.exit()).isZero();
    // no card activity, timeline or card sort in this course: the booklet alone
    assertThat(run.out().lines()).containsExactly(out.resolve("demo-booklet.pdf").toString());
    assertThat(Files.readAllBytes(out.resolve("demo-booklet.pdf"))).startsWith("%PDF-".getBytes());
    Path all = dir.resolve("all");
    assertThat(run("build", course.toString(), "--out", all.toString()).exit()).isZero();
    assertThat(all.resolve("demo-booklet.pdf")).doesNotExist();
  }

  @Test
  void aFormatThatFailsWritesNoOtherFormat(@TempDir Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    Files.writeString(course, tooBigForScorm12(), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ValidateCommandTest.Run run =
        run("build", course.toString(), "--format", "all", "--out", out.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("atelier build: course demo: its saved state can reach")
        .contains("SCORM 1.2")
        .contains(
            "To fix it: export one SCO per module (--sco module), or export SCORM 2004"
                + " (--format scorm2004), whose limit is 64,000.")
        .contains("atelier build: nothing was written");
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void scoIsCourseOrModule(@TempDir Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    Files.writeString(course, COURSE, StandardCharsets.UTF_8);
    String out = dir.resolve("out").toString();
    ValidateCommandTest.Run bad =
        run("build", course.toString(), "-f", "scorm12", "--sco", "page", "-o", out);
    assertThat(bad.exit()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).contains("--sco").contains("page");
    ValidateCommandTest.Run module =
        run("build", course.toString(), "-f", "scorm12", "--sco", "module", "-o", out);
    assertThat(module.exit()).as(module.err()).isZero();
  }

  @Test
  void aFormatThatFailsLeavesTheOlderOutputsAsTheyWere(@TempDir Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    Files.writeString(course, tooBigForScorm12(), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("demo-site"));
    Files.writeString(out.resolve("demo-site/index.html"), "older");
    ValidateCommandTest.Run run =
        run("build", course.toString(), "--format", "site,scorm12", "--out", out.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(out.resolve("demo-site/index.html")).hasContent("older");
    try (var left = Files.list(out)) {
      assertThat(left).containsExactly(out.resolve("demo-site"));
    }
  }

  @Test
  void aRebuiltSiteReplacesTheOlderFolderWhole(@TempDir Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    Files.writeString(course, COURSE, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("demo-site/media"));
    Files.writeString(out.resolve("demo-site/media/removed.png"), "stale");
    Files.writeString(out.resolve("notes.txt"), "mine");
    ValidateCommandTest.Run run =
        run("build", course.toString(), "--format", "site,gift", "--out", out.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            out.resolve("demo-site/index.html").toString(),
            out.resolve("demo-questions.gift.txt").toString());
    assertThat(out.resolve("demo-site/index.html")).exists();
    assertThat(out.resolve("demo-site/media/removed.png")).doesNotExist();
    try (var left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("demo-site", "demo-questions.gift.txt", "notes.txt");
    }
  }

  @Test
  void quietKeepsProgressOffStderrButNotResults(@TempDir Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    Files.writeString(course, COURSE, StandardCharsets.UTF_8);
    String out = dir.resolve("out").toString();
    ValidateCommandTest.Run loud = run("build", course.toString(), "-f", "gift", "-o", out);
    ValidateCommandTest.Run quiet = run("build", course.toString(), "-f", "gift", "-o", out, "-q");
    assertThat(loud.err()).contains("building gift");
    assertThat(quiet.err()).doesNotContain("building gift");
    assertThat(quiet.out()).isEqualTo(loud.out()).isNotEmpty();
  }

  @Test
  void progressOffATerminalIsPlainNumberedLines(@TempDir Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    Files.writeString(course, COURSE, StandardCharsets.UTF_8);
    String out = dir.resolve("out").toString();
    ValidateCommandTest.Run run =
        run("build", course.toString(), "-f", "gift,moodle-xml", "-o", out);
    assertThat(run.err())
        .contains("atelier: building gift… (1/2)", "atelier: building moodle-xml… (2/2)");
    assertThat(run.err()).doesNotContain("\r").doesNotContain("\u001b");
  }

  @Test
  void langSetsTheCoursesLanguageAndRefusesWhatIsNoTag(@TempDir Path dir) throws Exception {
    Path course = dir.resolve("course.yaml");
    Files.writeString(course, COURSE, StandardCharsets.UTF_8);
    String out = dir.resolve("out").toString();
    ValidateCommandTest.Run en =
        run("build", course.toString(), "-f", "site", "--lang", "en", "-o", out);
    assertThat(en.exit()).isZero();
    assertThat(Files.readString(Path.of(en.out().strip()))).contains("<html lang=\"en\"");
    ValidateCommandTest.Run bad =
        run("build", course.toString(), "-f", "site", "--lang", "not a tag", "-o", out);
    assertThat(bad.exit()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).contains("--lang \"not a tag\" is not a language tag");
  }

  @Test
  void helpNamesEveryFormat() {
    ValidateCommandTest.Run help = run("help", "build");
    assertThat(help.out().replaceAll("\\s+", " "))
        .contains("all, site, scorm12, scorm2004, xapi, cmi5, moodle-xml, gift");
    assertThat(help.out())
        .contains("Formats, in the order all builds them:")
        .containsPattern("(?m)^  scorm12 +a SCORM 1\\.2 package")
        .containsPattern("(?m)^  gift +the questions as a GIFT text file");
  }
}
