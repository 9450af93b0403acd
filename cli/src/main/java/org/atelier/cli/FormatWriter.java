package org.atelier.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.atelier.model.Course;

/** Writes a course in one output format into a folder and returns the paths it wrote. */
@FunctionalInterface
interface FormatWriter {

  /**
   * Options of {@code atelier build} that some formats use.
   *
   * @param notes takes what a designer should know about the output (an item left out, a platform's
   *     limit); the command prints each different note once, after the build, unless {@code
   *     --quiet}
   */
  record Options(String sco, Consumer<String> notes) {}

  List<Path> write(Course course, Path out, Options options) throws IOException;
}
