package org.atelier.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.atelier.format.FormatOptions;
import org.atelier.format.PackageFormat;
import org.atelier.model.Course;

/**
 * {@code print}: the day-2 kit on paper ({@link PrintKit}): card decks, board and facilitator's
 * booklet as A4 PDFs. Built on request only, not by {@code all}: it takes seconds where the
 * packages take milliseconds, and a designer updating a package rarely needs new paper.
 */
public final class PrintFormat implements PackageFormat {

  @Override
  public String name() {
    return "print";
  }

  @Override
  public String description() {
    return "the printable kit: card decks, board and facilitator's booklet (A4 PDF)";
  }

  @Override
  public int rank() {
    return 80;
  }

  @Override
  public boolean inAll() {
    return false;
  }

  @Override
  public List<Path> write(Course course, Path outDir, FormatOptions options) throws IOException {
    return PrintKit.write(course, outDir);
  }
}
