package org.atelier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atelier.model.Course;
import org.atelier.update.CourseDiff;
import org.atelier.update.CourseDiff.Change;
import org.atelier.update.CourseDiff.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atelier diff OLD NEW}: what a new build does to learners in progress. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Tell what a new build of a course does to learners in progress, before you upload it:",
      "which activities keep their answers, which start afresh, which are new or gone.",
      "Answers are matched by id, so inserting or moving an activity shifts nothing."
    },
    footer = {
      "%nExample:%n  git show HEAD~1:course.yaml > /tmp/old.yaml",
      "  atelier diff /tmp/old.yaml course.yaml"
    })
final class DiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD", description = "the course file learners have now")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "the course file about to replace it")
  Path after;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin Console console;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Course old = CourseLoader.load(before);
    Course now = CourseLoader.load(after);
    out.print(describe(old, now, CourseDiff.between(old, now)));
    out.flush();
    return 0;
  }

  /** One line per item that is not simply kept unchanged, then a summary line. */
  static String describe(Course before, Course after, CourseDiff diff) {
    StringBuilder text = new StringBuilder();
    if (!before.id().equals(after.id())) {
      text.append("note: the course ids differ (")
          .append(before.id())
          .append(", ")
          .append(after.id())
          .append("): an LMS treats them as two courses, and no answer carries over\n");
    }
    int width = diff.changes().stream().mapToInt(c -> c.itemId().length()).max().orElse(0);
    for (Change c : diff.changes()) {
      if (c.verdict() == Verdict.KEPT && !c.textChanged() && c.movedFrom() == null) {
        continue;
      }
      text.append(
              switch (c.verdict()) {
                case KEPT -> "  kept   ";
                case RESET -> "  reset  ";
                case ADDED -> "  new    ";
                case REMOVED -> "  gone   ";
              })
          .append(Console.visible(c.itemId()))
          .append(" ".repeat(width - c.itemId().length() + 2))
          .append("« ")
          .append(Console.visible(c.title()))
          .append(" »");
      switch (c.verdict()) {
        case KEPT -> text.append(" — texts changed, answers kept");
        case RESET ->
            text.append(" — ")
                .append(String.join(", ", c.changed()))
                .append(" changed: learners in progress answer it again");
        case ADDED -> text.append(" — unanswered for everyone");
        case REMOVED -> text.append(" — its answers are dropped and no longer count");
      }
      if (c.movedFrom() != null) {
        text.append(" (moved from ")
            .append(c.movedFrom())
            .append(": with one SCO per module, it starts afresh there)");
      }
      text.append('\n');
    }
    long kept = diff.with(Verdict.KEPT).size();
    int total = (int) (kept + diff.with(Verdict.RESET).size() + diff.with(Verdict.REMOVED).size());
    text.append(
        String.format(
            "Learners in progress keep their answers to %d of %d items; %d start%s afresh, %d"
                + " new, %d gone.%n",
            kept,
            total,
            diff.with(Verdict.RESET).size(),
            diff.with(Verdict.RESET).size() == 1 ? "s" : "",
            diff.with(Verdict.ADDED).size(),
            diff.with(Verdict.REMOVED).size()));
    return text.toString();
  }
}
