package org.atelier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.atelier.model.Course;

/** Writes a course in one output format into a folder and returns the paths it wrote. */
@FunctionalInterface
interface FormatWriter {

  /** Options of {@code atelier build} that some formats use. */
  record Options(String sco, PrintWriter err) {}

  List<Path> write(Course course, Path out, Options options) throws IOException;
}
