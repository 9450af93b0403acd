package org.atelier.format;

/**
 * A valid course that a format cannot represent (e.g. a state too long for SCORM 1.2). Subclasses
 * carry the facts as fields, so that a caller can say it in its own words (a command line names its
 * options); the message is a plain sentence for logs.
 */
public class FormatException extends RuntimeException {
  private final String format;

  /**
   * @param format the name of the format that refuses the course
   * @param message what cannot be represented, without advice in any caller's words
   */
  public FormatException(String format, String message) {
    super(message);
    this.format = format;
  }

  /** The name of the format that refuses the course, e.g. {@code scorm12}. */
  public String format() {
    return format;
  }
}
