package org.atelier.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.atelier.coursefile.CourseFileException;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Course;

/** The courses tests of every module play and package, read from the repository. */
public final class ExampleCourses {
  private ExampleCourses() {}

  /** The repository's root: {@code -Datelier.root}, else the parent of the module. */
  public static Path root() {
    return Path.of(System.getProperty("atelier.root", ".."));
  }

  /** The Café IA training, {@code examples/cafe-ia/course.yaml}. */
  public static Course cafeIa() throws CourseFileException, IOException {
    return CourseFileReader.read(root().resolve("examples/cafe-ia/course.yaml"));
  }

  /** The core fixture with one item of every kind. */
  public static Course everyKind() throws CourseFileException, IOException {
    return CourseFileReader.read(
        root().resolve("core/src/test/resources/org/atelier/site/every-kind/course.yaml"));
  }
}
