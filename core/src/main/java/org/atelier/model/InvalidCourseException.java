package org.atelier.model;

import java.util.List;

/** Thrown when a course built in code breaks the rules; carries every problem at once. */
public final class InvalidCourseException extends RuntimeException {
  private final transient List<Problem> problems;

  /** An exception for these problems (at least one). */
  public InvalidCourseException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order of the course. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    StringBuilder text = new StringBuilder();
    text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    text.append(" in the course:");
    for (Problem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    return text.toString();
  }
}
