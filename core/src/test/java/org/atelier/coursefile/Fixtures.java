package org.atelier.coursefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.atelier.model.Course;

/** Small course files for tests: a valid frame around the items under test. */
final class Fixtures {
  private Fixtures() {}

  /** A course with one module holding {@code items} (YAML list entries indented by 6). */
  static String course(String items) {
    return """
        id: demo
        title: Démo
        modules:
          - id: m1
            title: CourseModule un
            items:
        """
        + items.stripTrailing()
        + "\n";
  }

  static Course read(String yaml) throws CourseFileException {
    return read(yaml, null);
  }

  static Course read(String yaml, Path mediaRoot) throws CourseFileException {
    return CourseFileReader.read(yaml.getBytes(StandardCharsets.UTF_8), "course.yaml", mediaRoot);
  }

  /** The problems of a file that must have some, each in its printed form. */
  static List<String> problems(String yaml) {
    return problems(yaml.getBytes(StandardCharsets.UTF_8), null);
  }

  static List<String> problems(byte[] bytes, Path mediaRoot) {
    CourseFileException e =
        catchThrowableOfType(
            CourseFileException.class,
            () -> CourseFileReader.read(bytes, "course.yaml", mediaRoot));
    assertThat(e).as("the file should have been refused").isNotNull();
    return e.diagnostics().stream().map(Diagnostic::toString).toList();
  }
}
