package org.atelier.scorm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.atelier.format.DescribedFormat;
import org.atelier.format.FormatOptions;
import org.atelier.format.PackageFormat;
import org.atelier.model.Course;

/** A SCORM package as a {@link PackageFormat}: {@link ScormExporter} with the options' SCOs. */
abstract class ScormFormat extends DescribedFormat {
  private final ScormExporter exporter;

  ScormFormat(ScormExporter exporter, int rank, String description) {
    super(exporter.version().format(), rank, description);
    this.exporter = exporter;
  }

  private ScormExporter exporter(FormatOptions options) {
    return exporter.scoPerModule(options.sco() == FormatOptions.Sco.MODULE);
  }

  /**
   * {@inheritDoc}
   *
   * @throws SuspendDataBudgetException when the course's state cannot fit this version
   */
  @Override
  public List<Path> write(Course course, Path outDir, FormatOptions options) throws IOException {
    return List.of(exporter(options).write(course, outDir));
  }

  @Override
  public List<String> notes(Course course, FormatOptions options) {
    return exporter(options).platformNotes(course).stream().map(note -> "note: " + note).toList();
  }
}
