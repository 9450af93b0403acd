package org.atelier.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Course;

/** Finds the example course file from the repository root or the benchmarks folder. */
final class ExampleCourse {
  private ExampleCourse() {}

  static Path file() {
    String root = System.getProperty("atelier.root");
    for (Path candidate :
        new Path[] {
          root == null ? null : Path.of(root, "examples/cafe-ia/course.yaml"),
          Path.of("examples/cafe-ia/course.yaml"),
          Path.of("../examples/cafe-ia/course.yaml")
        }) {
      if (candidate != null && Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "examples/cafe-ia/course.yaml not found: run from the repository root or set"
            + " -Datelier.root");
  }

  static Course read() throws Exception {
    return CourseFileReader.read(file());
  }
}
