package org.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atelier diff}: a designer sees, before uploading, what a new build does to learners. */
class DiffCommandTest {

  private static final Path EXAMPLE = Path.of("../examples/cafe-ia/course.yaml");

  private static Path edited(Path dir, String from, String to) throws Exception {
    String text = Files.readString(EXAMPLE);
    assertThat(text).contains(from);
    Path file = dir.resolve("course.yaml");
    Files.writeString(file, text.replace(from, to));
    return file;
  }

  @Test
  void aTypoFixResetsNothing(@TempDir Path dir) throws Exception {
    Path fixed = edited(dir, "prompt: Complétez le texte.", "prompt: Complétez ce texte.");
    ValidateCommandTest.Run run =
        ValidateCommandTest.run("diff", EXAMPLE.toString(), fixed.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("kept   ia-genere-ses-reponses")
        .contains("texts changed, answers kept")
        .containsPattern(
            "keep their answers to (\\d+) of \\1 items; 0 start afresh, 0 new, 0 gone");
  }

  @Test
  void aChangedAcceptedAnswerResetsThatActivityOnly(@TempDir Path dir) throws Exception {
    Path changed =
        edited(
            dir,
            "      - mot par mot\n      - mot à mot\n",
            "      - mot par mot\n      - mot à mot\n      - un mot après l'autre\n");
    ValidateCommandTest.Run run =
        ValidateCommandTest.run("diff", EXAMPLE.toString(), changed.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("reset  ia-genere-ses-reponses")
        .contains("accepted answers changed: learners in progress answer it again")
        .contains("1 starts afresh, 0 new, 0 gone");
  }

  @Test
  void aBrokenNewFileIsReportedLikeEverywhereElse(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("course.yaml"), "id: Pas Un Id\n");
    ValidateCommandTest.Run run =
        ValidateCommandTest.run("diff", EXAMPLE.toString(), broken.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("course.yaml:1:");
  }
}
