package org.atelier.coursefile;

/**
 * A problem in a course file, located: {@code file:line:column: error: path: message — fix}.
 *
 * @param file the file's name as the user gave it
 * @param line the line, from 1
 * @param column the column, from 1
 * @param path the field path from the course, e.g. {@code modules[0].items[2].gaps}, or empty when
 *     the problem is with the file itself
 * @param message what is wrong
 * @param fix how to put it right
 */
public record Diagnostic(
    String file, int line, int column, String path, String message, String fix) {

  /** The one-line form printed by the command line. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(file).append(':').append(line).append(':').append(column).append(": error: ");
    if (path != null && !path.isEmpty()) {
      text.append(path).append(": ");
    }
    text.append(message);
    if (fix != null && !fix.isEmpty()) {
      text.append(" — ").append(fix);
    }
    return text.toString();
  }
}
