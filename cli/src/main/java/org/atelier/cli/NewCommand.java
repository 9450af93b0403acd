package org.atelier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.atelier.coursefile.CourseFileReader;
import org.atelier.format.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atelier new FILE}: writes a commented starter course with one activity of each kind. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Write a starter course file: one activity of every kind, commented, that validates,",
      "and course.schema.json beside it for completion in editors.",
      "It never overwrites a file."
    },
    footer = {
      "%nThen:",
      "  atelier validate course.yaml",
      "  atelier preview course.yaml",
      "  atelier build course.yaml --format all --out out"
    })
final class NewCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "FILE",
      defaultValue = "course.yaml",
      description = "the file to write (default: course.yaml)")
  Path file;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin Console console;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      byte[] bytes = Resources.bytes(NewCommand.class, "starter-fr.yaml");
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, bytes, StandardOpenOption.CREATE_NEW);
      // The schema beside the file gives completion and inline checks in editors, offline.
      Path schema = file.resolveSibling("course.schema.json");
      if (!Files.exists(schema)) {
        Files.write(
            schema,
            Resources.bytes(CourseFileReader.class, "/org/atelier/coursefile/course.schema.json"));
      }
    } catch (FileAlreadyExistsException e) {
      throw Exit.with(Exit.USAGE, file + " already exists; give another name");
    } catch (IOException e) {
      throw Exit.with(Exit.EXTERNAL, "cannot write " + file + ": " + Exit.reason(e, file));
    }
    out.println(file);
    out.flush();
    return Exit.DONE.code;
  }
}
