package org.atelier.xapi.lrs;

/** An LRS that could not be reached, refused the credentials, or refused a request. */
public final class LrsException extends Exception {
  private final int status;
  private final String body;

  LrsException(String message, int status, String body, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.body = body;
  }

  /** The HTTP status, or 0 when the LRS could not be reached. */
  public int status() {
    return status;
  }

  /** The LRS's answer, e.g. the offending fields of a rejected statement. */
  public String body() {
    return body;
  }
}
