package org.atelier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.atelier.model.Course;
import org.atelier.model.CourseModule;
import org.atelier.model.Item;
import org.atelier.model.Kind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atelier validate COURSE}: checks a course file and summarises it. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a course file and print one line per module.",
      "Problems are printed as file:line:column: error: field: problem — fix."
    },
    footer = {"%nExample:%n  atelier validate examples/cafe-ia/course.yaml"})
final class ValidateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "COURSE", description = "the course file (YAML or JSON)")
  Path course;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin Console console;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(summary(CourseLoader.load(course)));
    out.flush();
    return Exit.DONE.code;
  }

  /** One line for the course, then one per module: its items counted by kind. */
  static String summary(Course course) {
    StringBuilder text = new StringBuilder();
    text.append(course.id())
        .append(" \"")
        .append(course.title())
        .append("\" (")
        .append(course.language())
        .append(", version ")
        .append(course.version())
        .append("): ")
        .append(course.modules().size())
        .append(course.modules().size() == 1 ? " module" : " modules")
        .append(", ")
        .append(course.items().count())
        .append(course.items().count() == 1 ? " item\n" : " items\n");
    for (CourseModule module : course.modules()) {
      Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
      for (Item item : module.items()) {
        counts.merge(item.kind(), 1, Integer::sum);
      }
      text.append("  ").append(module.id()).append(": ");
      StringBuilder kinds = new StringBuilder();
      counts.forEach(
          (kind, count) ->
              kinds
                  .append(kinds.length() == 0 ? "" : ", ")
                  .append(count)
                  .append(' ')
                  .append(kind.code()));
      text.append(kinds).append(" (").append(module.scoredQuestions().size()).append(" scored)\n");
    }
    return text.toString();
  }
}
