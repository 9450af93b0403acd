package org.atelier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.atelier.model.Course;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atelier build COURSE --format F[,F…] --out DIR}: writes packages. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build a course into packages; prints the path of each file written.",
      "Nothing is written when the course file has problems."
    },
    footer = {
      "%nExamples:",
      "  atelier build examples/cafe-ia/course.yaml --format all --out out",
      "  atelier build course.yaml --format scorm12 --sco module --out out"
    })
final class BuildCommand implements Callable<Integer> {

  @Parameters(paramLabel = "COURSE", description = "the course file (YAML or JSON)")
  Path course;

  @Option(
      names = {"-f", "--format"},
      split = ",",
      defaultValue = "all",
      paramLabel = "FORMAT",
      description = "formats, comma-separated, or all (default): ${COMPLETION-CANDIDATES}")
  List<String> formats;

  @Option(
      names = {"-o", "--out"},
      defaultValue = "out",
      paramLabel = "DIR",
      description = "the folder to write into (default: out)")
  Path out;

  @Option(
      names = "--sco",
      defaultValue = "course",
      paramLabel = "course|module",
      description = "SCORM: one SCO for the whole course (default) or one per module")
  String sco;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin Console console;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Set<String> chosen = new LinkedHashSet<>();
    for (String format : formats) {
      if (format.equals("all")) {
        chosen.addAll(Formats.ALL.keySet());
      } else if (Formats.ALL.containsKey(format)) {
        chosen.add(format);
      } else {
        err.println(
            "atelier build: unknown format \""
                + format
                + "\"; the formats are: all, "
                + String.join(", ", Formats.ALL.keySet()));
        return Main.USAGE;
      }
    }
    if (!sco.equals("course") && !sco.equals("module")) {
      err.println("atelier build: --sco is course or module, not \"" + sco + "\"");
      return Main.USAGE;
    }
    CourseLoader.Loaded loaded = CourseLoader.load(course, err);
    if (loaded.course() == null) {
      return loaded.exitCode();
    }
    Course model = loaded.course();
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(this.out);
      for (String format : chosen) {
        console.progress(err, "building " + format + "…");
        written.addAll(
            Formats.ALL.get(format).write(model, this.out, new FormatWriter.Options(sco, err)));
      }
    } catch (IOException e) {
      err.println("atelier build: cannot write into " + this.out + ": " + e.getMessage());
      return Main.EXTERNAL;
    } catch (BuildRefusedException e) {
      err.println(e.getMessage());
      return Main.INVALID_INPUT;
    }
    for (Path path : written) {
      out.println(path);
    }
    out.flush();
    return 0;
  }
}
