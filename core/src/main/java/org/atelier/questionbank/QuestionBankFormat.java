package org.atelier.questionbank;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.atelier.format.DescribedFormat;
import org.atelier.format.FormatOptions;
import org.atelier.model.Course;

/** A question-bank file: its questions written, each item it leaves out named as a note. */
abstract class QuestionBankFormat extends DescribedFormat {
  private final Function<Course, QuestionBankExport> export;

  QuestionBankFormat(
      String name, int rank, String description, Function<Course, QuestionBankExport> export) {
    super(name, rank, description);
    this.export = export;
  }

  @Override
  public List<Path> write(Course course, Path outDir, FormatOptions options) throws IOException {
    return List.of(export.apply(course).writeTo(outDir));
  }

  @Override
  public List<String> notes(Course course, FormatOptions options) {
    return export.apply(course).skipped().stream().map(skipped -> "left out " + skipped).toList();
  }
}
