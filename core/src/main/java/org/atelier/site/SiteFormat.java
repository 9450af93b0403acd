package org.atelier.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.atelier.format.FormatOptions;
import org.atelier.format.PackageFormat;
import org.atelier.model.Course;

/**
 * {@code site}: a folder {@code <course id>-site} that opens from disk, its {@code index.html}
 * playing the course with the browser-only tracker ({@link Tracker#local()}).
 */
public final class SiteFormat implements PackageFormat {

  @Override
  public String name() {
    return "site";
  }

  @Override
  public String description() {
    return "a folder that opens from disk (index.html)";
  }

  @Override
  public int rank() {
    return 10;
  }

  @Override
  public List<Path> write(Course course, Path outDir, FormatOptions options) throws IOException {
    Path folder = outDir.resolve(course.id() + "-site");
    SiteRenderer.render(course, Tracker.local()).write(folder);
    return List.of(folder.resolve("index.html"));
  }
}
