package org.atelier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.atelier.format.FormatException;
import org.atelier.format.FormatOptions;
import org.atelier.format.PackageFormat;
import org.atelier.format.PackageFormats;
import org.atelier.model.Course;
import org.atelier.scorm.ScormVersion;
import org.atelier.scorm.SuspendDataBudgetException;
import picocli.CommandLine;
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
      description =
          "formats, comma-separated: ${COMPLETION-CANDIDATES} (default: all, which is every"
              + " format but print)")
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
      converter = ScoChoice.class,
      completionCandidates = ScoChoice.class,
      description = "SCORM: one SCO for the whole course (default) or one per module")
  FormatOptions.Sco sco;

  /** {@code --sco course|module}, in the command line's lower case, completion included. */
  static final class ScoChoice
      implements CommandLine.ITypeConverter<FormatOptions.Sco>, Iterable<String> {
    @Override
    public FormatOptions.Sco convert(String value) {
      for (FormatOptions.Sco sco : FormatOptions.Sco.values()) {
        if (sco.name().equalsIgnoreCase(value)) {
          return sco;
        }
      }
      throw new CommandLine.TypeConversionException("give course or module, not \"" + value + "\"");
    }

    @Override
    public Iterator<String> iterator() {
      return java.util.Arrays.stream(FormatOptions.Sco.values())
          .map(sco -> sco.name().toLowerCase(Locale.ROOT))
          .iterator();
    }
  }

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
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>(List.of("all"));
      PackageFormats.all().forEach(format -> names.add(format.name()));
      return names.iterator();
    }
  }

  /** Adds to {@code atelier help build} a section naming each format and what it makes. */
  static void describeFormats(CommandLine build) {
    List<PackageFormat> formats = PackageFormats.all();
    int width = formats.stream().mapToInt(f -> f.name().length()).max().orElse(0);
    StringBuilder text = new StringBuilder("%nFormats, in the order all builds them:%n");
    for (PackageFormat format : formats) {
      text.append("  ")
          .append(String.format(Locale.ROOT, "%-" + width + "s", format.name()))
          .append("  ")
          .append(format.description().replace("%", "%%"))
          .append("%n");
    }
    List<String> keys = new ArrayList<>(build.getHelpSectionKeys());
    keys.add(
        keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), "formats");
    build.getHelpSectionMap().put("formats", help -> help.createHeading(text.toString()));
    build.setHelpSectionKeys(keys);
  }

  /**
   * What a format's refusal says on the command line: the library's facts, then the way out in this
   * command's options.
   */
  static String refusal(FormatException e) {
    if (!(e instanceof SuspendDataBudgetException budget)) {
      return e.getMessage();
    }
    List<String> fixes = new ArrayList<>();
    for (SuspendDataBudgetException.Fix fix : budget.fixes()) {
      fixes.add(
          switch (fix) {
            case SCO_PER_MODULE -> "export one SCO per module (--sco module)";
            case SPLIT_MODULE -> "split the module";
            case SCORM_2004 ->
                String.format(
                    Locale.ROOT,
                    "export SCORM 2004 (--format scorm2004), whose limit is %,d",
                    ScormVersion.SCORM_2004.suspendDataLimit());
            case SMALLER_MODULES -> "split the course into smaller modules and use --sco module";
          });
    }
    return budget.getMessage() + " To fix it: " + String.join(", or ", fixes) + ".";
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PackageFormat> all = PackageFormats.all();
    Map<String, PackageFormat> byName = new LinkedHashMap<>();
    all.forEach(format -> byName.put(format.name(), format));
    Set<PackageFormat> chosen = new LinkedHashSet<>();
    for (String format : formats) {
      if (format.equals("all")) {
        all.stream().filter(PackageFormat::inAll).forEach(chosen::add);
      } else if (byName.containsKey(format)) {
        chosen.add(byName.get(format));
      } else {
        throw Exit.with(
            Exit.USAGE,
            "unknown format \""
                + format
                + "\"; the formats are: all, "
                + String.join(", ", byName.keySet()));
      }
    }
    Course model = CourseLoader.load(course);
    if (lang != null) {
      try {
        model = model.toBuilder().language(lang).build();
      } catch (org.atelier.model.InvalidCourseException e) {
        throw Exit.with(
            Exit.USAGE, "--lang \"" + lang + "\" is not a language tag (e.g. fr, en, fr-FR)");
      }
    }
    FormatOptions options = FormatOptions.builder().sco(sco).build();
    List<Path> written = new ArrayList<>();
    // Moodle XML and GIFT leave out the same items: each note is said once, after the build.
    Set<String> notes = new LinkedHashSet<>();
    // Every format is written aside, then all are moved into place: a format that fails (or a
    // bug) leaves the folder as it was.
    try (StagedOutput staged = StagedOutput.in(this.out)) {
      int done = 0;
      for (PackageFormat format : chosen) {
        console.step(err, ++done, chosen.size(), "building " + format.name() + "…");
        written.addAll(format.write(model, staged.folder(), options));
        notes.addAll(format.notes(model, options));
      }
      written = staged.commit(written);
    } catch (IOException e) {
      throw Exit.with(
          Exit.EXTERNAL, "cannot write into " + this.out + ": " + Exit.reason(e, this.out));
    }
    console.done(err);
    if (!console.quiet) {
      notes.forEach(note -> err.println("atelier: " + Console.visible(note)));
    }
    for (Path path : written) {
      out.println(path);
    }
    out.flush();
    return Exit.DONE.code;
  }
}
