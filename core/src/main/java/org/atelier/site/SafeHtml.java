package org.atelier.site;

/**
 * Text this package has made safe for the place a template inserts it, and so inserted as it is. A
 * type rather than a naming rule: author text can only get here through a deliberate {@code new
 * SafeHtml(…)} in this package, never by a template's choice of name.
 */
record SafeHtml(String html) {
  @Override
  public String toString() {
    return html;
  }
}
