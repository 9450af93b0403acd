package org.atelier.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.atelier.model.Course;

/**
 * One output format: a name, what it makes, where {@code all} builds it, and the writing itself.
 * Every format of every module implements it and is listed in its module's {@code
 * META-INF/services/org.atelier.format.PackageFormat}, so that {@link PackageFormats#all()} finds
 * it; adding a format is one class and one line there.
 *
 * <p>A format prints nothing: what a designer should know comes back from {@link #notes}, and a
 * course the format cannot represent is refused with a {@link FormatException} carrying the facts.
 */
public interface PackageFormat {

  /** The name given to {@code atelier build --format}, e.g. {@code scorm12}. */
  String name();

  /** What the format makes, in a few words, for {@code atelier help build}. */
  String description();

  /**
   * Where {@code all} builds this format: lower first. The formats shipped use 10, 20, … 70, so
   * that another can take a place between two of them.
   */
  int rank();

  /**
   * Writes the course into {@code outDir} and returns the paths a designer opens or uploads (a
   * site's {@code index.html}, a package's zip); nothing is left half-written.
   *
   * @throws FormatException when this valid course cannot be represented in this format
   * @throws IOException when the folder cannot be written
   */
  List<Path> write(Course course, Path outDir, FormatOptions options) throws IOException;

  /**
   * Whether {@code atelier build --format all} builds this format; a format that takes long or that
   * few need says no, and is built when named.
   */
  default boolean inAll() {
    return true;
  }

  /**
   * What a designer should know about this course in this format (an item left out, a platform's
   * limit), one sentence each; empty when nothing.
   */
  default List<String> notes(Course course, FormatOptions options) {
    return List.of();
  }
}
