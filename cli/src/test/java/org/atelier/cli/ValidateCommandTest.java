package org.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atelier validate}: summary on stdout, problems on stderr, documented exit codes. */
class ValidateCommandTest {

  /** What a run printed, and its exit code. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void controlCharactersFromTheFileAreShownAsCodesNeverSentToTheTerminal(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("course.yaml");
    Files.writeString(
        file,
        """
        id: demo
        title: "D\\e[2J\\e]0;pwned\\a"
        "ti\\etle": x
        modules:
          - id: jour-1
            title: Jour 1
            items:
              - {type: page, id: p, title: P}
        """,
        StandardCharsets.UTF_8);
    Run run = run("validate", file.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(run.err()).contains("<U+001B>");
  }

  @Test
  void aValidCourseIsSummarisedPerModule(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("course.yaml");
    Files.writeString(
        file,
        """
        id: demo
        title: Démo
        modules:
          - id: jour-1
            title: Jour 1
            items:
              - {type: page, id: p, title: P}
              - {type: true-false, id: q, title: Q, prompt: P, answer: true}
              - {type: true-false, id: r, title: R, prompt: P, answer: false, scored: false}
        """,
        StandardCharsets.UTF_8);
    Run run = run("validate", file.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "demo \"Démo\" (fr, version 1.0.0): 1 module, 3 items\n"
                + "  jour-1: 1 page, 2 true-false (1 scored)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void problemsGoToStderrWithExitCode1(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("course.yaml");
    Files.writeString(file, "id: Demo\ntitle: D\nmodules: []\n", StandardCharsets.UTF_8);
    Run run = run("validate", file.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(file + ":1:1: error: id: \"Demo\" is not a valid id")
        .contains("2 problems in " + file);
  }

  @Test
  void aMissingFileIsAnExternalFailure(@TempDir Path dir) {
    Run run = run("validate", dir.resolve("absent.yaml").toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("absent.yaml: no such file");
  }

  @Test
  void aFolderIsNotACourseFile(@TempDir Path dir) {
    assertThat(run("validate", dir.toString()).exit()).isEqualTo(3);
  }

  @Test
  void aDeviceIsABadInputFileAndIsNotRead() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("validate", "/dev/zero"));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("/dev/zero:1:1: error: this is not a regular file")
        .doesNotContain("Error")
        .doesNotContain("\tat ");
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    Run run = run("validate");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter").contains("--help");
  }

  @Test
  void anUnknownFormatIsAUsageError(@TempDir Path dir) {
    Run run = run("build", dir.resolve("c.yaml").toString(), "--format", "pdf");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown format \"pdf\"");
  }

  @Test
  void aBrokenFileNeverPrintsAStackTrace(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("course.yaml");
    Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\t', ':', '{'});
    Run run = run("validate", file.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
