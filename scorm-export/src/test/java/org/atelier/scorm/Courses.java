package org.atelier.scorm;

import java.nio.file.Path;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Course;

/** The courses the SCORM tests package. */
final class Courses {
  private Courses() {}

  static Path root() {
    return Path.of(System.getProperty("atelier.root", ".."));
  }

  static Course cafeIa() throws Exception {
    return CourseFileReader.read(root().resolve("examples/cafe-ia/course.yaml"));
  }

  static Course everyKind() throws Exception {
    return CourseFileReader.read(
        root().resolve("core/src/test/resources/org/atelier/site/every-kind/course.yaml"));
  }
}
