package org.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.cli.ValidateCommandTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atelier new} writes a starter course that validates, with every kind of activity. */
class NewCommandTest {

  @Test
  void theStarterCourseValidatesAndHasEveryKind(@TempDir Path dir) {
    Path file = dir.resolve("cours/course.yaml");
    ValidateCommandTest.Run created = run("new", file.toString());
    assertThat(created.exit()).isZero();
    assertThat(created.out().strip()).isEqualTo(file.toString());
    assertThat(file.resolveSibling("course.schema.json")).content().contains("\"$defs\"");
    ValidateCommandTest.Run validated = run("validate", file.toString());
    assertThat(validated.err()).isEmpty();
    assertThat(validated.exit()).isZero();
    for (org.atelier.model.Kind kind : org.atelier.model.Kind.values()) {
      assertThat(validated.out()).contains(kind.code());
    }
  }

  @Test
  void neverOverwritesAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("course.yaml");
    Files.writeString(file, "mon travail");
    ValidateCommandTest.Run run = run("new", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(file).hasContent("mon travail");
  }

  @Test
  void generatesABashCompletionScript() {
    ValidateCommandTest.Run run = run("generate-completion");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("complete -F").contains("atelier");
  }
}
