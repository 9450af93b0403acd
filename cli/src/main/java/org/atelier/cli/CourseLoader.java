package org.atelier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.atelier.coursefile.CourseFileException;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.model.Course;

/** Reads a course file for a command, printing its problems on standard error. */
final class CourseLoader {
  private static final int MAX_SHOWN = 50;

  private CourseLoader() {}

  /** The outcome: a course, or the exit code to stop with. */
  record Loaded(Course course, int exitCode) {}

  static Loaded load(Path file, PrintWriter err) {
    if (!Files.exists(file)) {
      err.println("atelier: " + file + ": no such file");
      return new Loaded(null, Main.EXTERNAL);
    }
    if (Files.isDirectory(file)) {
      err.println("atelier: " + file + ": is a folder; give the course file inside it");
      return new Loaded(null, Main.EXTERNAL);
    }
    try {
      return new Loaded(CourseFileReader.read(file), 0);
    } catch (CourseFileException e) {
      int count = e.diagnostics().size();
      // A broken file can yield thousands of lines; the first ones are what the author needs.
      e.diagnostics().stream()
          .limit(MAX_SHOWN)
          .map(d -> Console.problem(d.toString()))
          .forEach(err::println);
      if (count > MAX_SHOWN) {
        err.println("… and " + (count - MAX_SHOWN) + " more");
      }
      err.println(count + (count == 1 ? " problem" : " problems") + " in " + file);
      return new Loaded(null, Main.INVALID_INPUT);
    } catch (NoSuchFileException e) {
      err.println("atelier: " + file + ": no such file");
      return new Loaded(null, Main.EXTERNAL);
    } catch (IOException e) {
      err.println("atelier: " + file + ": cannot read: " + Exit.reason(e, file));
      return new Loaded(null, Main.EXTERNAL);
    }
  }
}
