package org.atelier.coursefile;

import java.util.List;

/** Thrown when a course file has problems; carries all of them, located, in file order. */
public final class CourseFileException extends Exception {
  private final transient List<Diagnostic> diagnostics;

  /** An exception for these diagnostics (at least one). */
  public CourseFileException(List<Diagnostic> diagnostics) {
    super(describe(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every problem found, in file order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String describe(List<Diagnostic> diagnostics) {
    StringBuilder text = new StringBuilder();
    for (Diagnostic diagnostic : diagnostics) {
      if (text.length() > 0) {
        text.append(System.lineSeparator());
      }
      text.append(diagnostic);
    }
    return text.toString();
  }
}
