package org.atelier.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
      "Nothing is written when the course file has problems, nor when any format fails:",
      "every output is written aside and moved into the folder once all are done."
    },
    footer = {
      "%nExamples:",
      "  atelier build examples/cafe-ia/course.yaml --format all --out out",
      "  atelier build course.yaml --format scorm12 --sco module --out out",
      "  atelier build course.yaml --format xapi,cmi5 --lang en --out out"
    })
final class BuildCommand implements Callable<Integer> {

  @Parameters(paramLabel = "COURSE", description = "the course file (YAML or JSON)")
  Path course;

  @Option(
      names = {"-f", "--format"},
      split = ",",
      defaultValue = "all",
      paramLabel = "FORMAT",
      completionCandidates = FormatNames.class,
      description = "formats, comma-separated: ${COMPLETION-CANDIDATES} (default: all)")
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

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      description =
          "the course's language (BCP 47, e.g. fr, en), overriding the file's `language`:"
              + " the player's interface (French for fr-*, else English), html lang and the"
              + " packages' language tags")
  String lang;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin Console console;

  /** The format names, for the help text and shell completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      List<String> names = new ArrayList<>(List.of("all"));
      names.addAll(Formats.ALL.keySet());
      return names.iterator();
    }
  }

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
    if (lang != null) {
      try {
        model = model.toBuilder().language(lang).build();
      } catch (org.atelier.model.InvalidCourseException e) {
        err.println(
            "atelier build: --lang \"" + lang + "\" is not a language tag (e.g. fr, en, fr-FR)");
        return Main.USAGE;
      }
    }
    List<Path> written = new ArrayList<>();
    // Moodle XML and GIFT leave out the same items: each note is said once, after the build.
    java.util.Set<String> notes = new java.util.LinkedHashSet<>();
    // Every format is written aside, then all are moved into place: a format that fails (or a
    // bug) leaves the folder as it was.
    try (StagedOutput staged = StagedOutput.in(this.out)) {
      int done = 0;
      for (String format : chosen) {
        console.step(err, ++done, chosen.size(), "building " + format + "…");
        written.addAll(
            Formats.ALL
                .get(format)
                .write(model, staged.folder(), new FormatWriter.Options(sco, notes::add)));
      }
      written = staged.commit(written);
    } catch (IOException e) {
      console.done(err);
      err.println("atelier build: cannot write into " + this.out + ": " + Exit.reason(e, this.out));
      return Main.EXTERNAL;
    } catch (BuildRefusedException e) {
      console.done(err);
      err.println(e.getMessage());
      err.println("atelier build: nothing was written");
      return Main.INVALID_INPUT;
    }
    console.done(err);
    if (!console.quiet) {
      notes.forEach(note -> err.println("atelier: " + Console.visible(note)));
    }
    for (Path path : written) {
      out.println(path);
    }
    out.flush();
    return 0;
  }
}
