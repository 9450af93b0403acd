package org.atelier.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.atelier.model.Course;
import org.atelier.model.Kind;
import org.junit.jupiter.api.Test;

/** The README's embedding example compiles, builds a valid course, and is the README's text. */
class EmbeddingExampleTest {

  private static final Path ROOT = Path.of(System.getProperty("atelier.root", ".."));

  @Test
  void theExampleBuildsAValidCourse() {
    Course course = EmbeddingExample.course();
    assertThat(course.items().map(i -> i.kind()))
        .containsExactly(Kind.SINGLE_CHOICE, Kind.FILL_IN, Kind.TIMELINE);
  }

  @Test
  void theReadmeShowsTheExampleAsItCompiles() throws Exception {
    String source =
        Files.readString(
            ROOT.resolve("examples/src/main/java/org/atelier/examples/EmbeddingExample.java"));
    String code =
        source.substring(
            source.indexOf('\n', source.indexOf("// README:start")) + 1,
            source.lastIndexOf('\n', source.indexOf("// README:end")) + 1);
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertThat(readme).contains(code.stripTrailing().stripIndent());
  }
}
