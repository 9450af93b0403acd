package org.atelier.xapi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.atelier.format.DescribedFormat;
import org.atelier.format.FormatOptions;
import org.atelier.format.PackageFormat;
import org.atelier.model.Course;

/** An xAPI package as a {@link PackageFormat}: {@link XapiExporter} as it is. */
abstract class XapiFormat extends DescribedFormat {
  private final XapiExporter exporter;

  XapiFormat(XapiExporter exporter, int rank, String description) {
    super(exporter.format(), rank, description);
    this.exporter = exporter;
  }

  @Override
  public List<Path> write(Course course, Path outDir, FormatOptions options) throws IOException {
    return List.of(exporter.write(course, outDir));
  }
}
