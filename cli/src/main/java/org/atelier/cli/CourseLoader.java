package org.atelier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.atelier.coursefile.CourseFileException;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Course;

/** Reads a course file for a command; what stops it is thrown, and {@link Main} says it. */
final class CourseLoader {
  private static final int MAX_SHOWN = 50;

  private CourseLoader() {}

  /** A course file with problems: exit code 1, each problem printed on stderr. */
  static final class Problems extends RuntimeException {
    final Path file;
    final transient CourseFileException problems;

    Problems(Path file, CourseFileException problems) {
      super(problems.getMessage(), problems, false, false);
      this.file = file;
      this.problems = problems;
    }

    /** The problems, one a line, the first ones only, then their count. */
    void print(PrintWriter err) {
      int count = problems.diagnostics().size();
      // A broken file can yield thousands of lines; the first ones are what the author needs.
      problems.diagnostics().stream()
          .limit(MAX_SHOWN)
          .map(d -> Console.problem(d.toString()))
          .forEach(err::println);
      if (count > MAX_SHOWN) {
        err.println("… and " + (count - MAX_SHOWN) + " more");
      }
      err.println(count + (count == 1 ? " problem" : " problems") + " in " + file);
    }
  }

  /**
   * The course in {@code file}.
   *
   * @throws Problems when the file has problems
   * @throws Exit.Failure when it cannot be read
   */
  static Course load(Path file) {
    if (!Files.exists(file)) {
      throw Exit.general(Exit.EXTERNAL, file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw Exit.general(Exit.EXTERNAL, file + ": is a folder; give the course file inside it");
    }
    try {
      return CourseFileReader.read(file);
    } catch (CourseFileException e) {
      throw new Problems(file, e);
    } catch (NoSuchFileException e) {
      throw Exit.general(Exit.EXTERNAL, file + ": no such file");
    } catch (IOException e) {
      throw Exit.general(Exit.EXTERNAL, file + ": cannot read: " + Exit.reason(e, file));
    }
  }
}
